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
    // The case refuses what neither the chat nor the admin API may store, so both refuse alike.
    title = checkedTitle(title);
    caseNumber = checkedCaseNumber(caseNumber);
    meetingIds = meetingIds == null ? List.of() : List.copyOf(meetingIds);
    status = status == null ? CaseStatus.IN_PREPARATION : status;
  }

  /**
   * A title a case can have, stripped.
   *
   * @throws CaseworkRefused if it is blank or too long
   */
  public static String checkedTitle(String title) {
    return CaseworkRefused.required(title, "title", MAX_TITLE_LENGTH, "newcase.title.invalid");
  }

  /**
   * A case number a case can have (blank is none), stripped.
   *
   * @throws CaseworkRefused if it is too long
   */
  public static String checkedCaseNumber(String caseNumber) {
    return CaseworkRefused.limited(
        caseNumber, "caseNumber", MAX_CASE_NUMBER_LENGTH, "newcase.number.invalid");
  }

  /** The case no longer treated in the meeting (it was deleted). */
  public PoliticalCase withoutMeeting(MeetingId meeting) {
    List<MeetingId> rest = meetingIds.stream().filter(m -> !m.equals(meeting)).toList();
    return new PoliticalCase(id, tenantId, title, caseNumber, ownerId, rest, status, createdAt);
  }

  public PoliticalCase withoutOwner() {
    return new PoliticalCase(id, tenantId, title, caseNumber, null, meetingIds, status, createdAt);
  }
}
