package no.samspill.core.casework;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** A case (sak) a leader owns, and the meetings where it is treated, in order. */
public record PoliticalCase(
    CaseId id,
    TenantId tenantId,
    String title,
    String caseNumber,
    LeaderId ownerId,
    List<MeetingId> meetingIds,
    CaseStatus status,
    Instant createdAt) {

  public static final int MAX_TITLE_LENGTH = 200;
  public static final int MAX_CASE_NUMBER_LENGTH = 30;

  public PoliticalCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(title, "title");
    meetingIds = meetingIds == null ? List.of() : List.copyOf(meetingIds);
    status = status == null ? CaseStatus.IN_PREPARATION : status;
  }

  public PoliticalCase withoutOwner() {
    return new PoliticalCase(id, tenantId, title, caseNumber, null, meetingIds, status, createdAt);
  }
}
