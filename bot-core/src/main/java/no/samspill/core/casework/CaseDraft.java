package no.samspill.core.casework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;

/**
 * What a person gives when registering or editing a case; a null owner or status leaves the case
 * without an owner or in preparation. Ids are checked against the tenant.
 */
public record CaseDraft(
    String title, String caseNumber, LeaderId owner, List<MeetingId> meetings, CaseStatus status) {

  public CaseDraft {
    // Null ids stay, so the refusal can name the one that is missing.
    meetings =
        meetings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(meetings));
  }

  /** The case as drafted, once its owner and meetings are known in the tenant. */
  PoliticalCase toCase(
      CaseId id, TenantId tenant, java.time.Instant createdAt, Leaders leaders, Meetings known) {
    if (owner != null) {
      CaseworkRefused.existing(
          "ownerId",
          "leader",
          owner.value(),
          () -> leaders.findById(owner).filter(l -> l.tenantId().equals(tenant)));
    }
    List<MeetingId> checked = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      MeetingId meeting = meetings.get(i);
      String field = "meetingIds[" + i + "]";
      if (meeting == null) {
        throw new CaseworkRefused(field, "The field '" + field + "' is required", "invalid.choice");
      }
      checked.add(
          CaseworkRefused.existing(
                  field, "meeting", meeting.value(), () -> known.findById(tenant, meeting))
              .id());
    }
    return new PoliticalCase(id, tenant, title, caseNumber, owner, checked, status, createdAt);
  }
}
