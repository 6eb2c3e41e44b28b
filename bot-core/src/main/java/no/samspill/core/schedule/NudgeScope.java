package no.samspill.core.schedule;

import java.util.Objects;
import java.util.Set;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/**
 * The nudges one re-plan answers for: some of the planner's kinds in a tenant, narrowed to one
 * case, meeting or leader when those are given. A still-planned nudge in scope whose key the
 * re-plan did not yield no longer applies.
 */
public record NudgeScope(
    TenantId tenant, Set<NudgeKind> kinds, CaseId caseId, MeetingId meetingId, LeaderId leaderId) {

  public NudgeScope {
    Objects.requireNonNull(tenant, "tenant");
    kinds = Set.copyOf(kinds);
  }

  /** Everything the planner makes in the tenant. */
  public static NudgeScope tenant(TenantId tenant) {
    return new NudgeScope(
        tenant, Set.of(NudgeKind.CASE_FLOW, NudgeKind.MEETING_ENDED), null, null, null);
  }

  /** The flow nudges about one case, whoever owns it now. */
  public static NudgeScope caseFlows(TenantId tenant, CaseId caseId) {
    return new NudgeScope(tenant, Set.of(NudgeKind.CASE_FLOW), caseId, null, null);
  }

  /** The reminders (after a case flow, or asked for) about one case. */
  public static NudgeScope reminders(TenantId tenant, CaseId caseId) {
    return new NudgeScope(
        tenant, Set.of(NudgeKind.REMINDER, NudgeKind.REMIND_LATER), caseId, null, null);
  }

  /**
   * The reminders after a case flow about one case, narrowed to one meeting or one leader when
   * given; "remind me later" is the leader's own request and is left out.
   */
  public static NudgeScope caseReminders(
      TenantId tenant, CaseId caseId, MeetingId meeting, LeaderId leader) {
    return new NudgeScope(tenant, Set.of(NudgeKind.REMINDER), caseId, meeting, leader);
  }

  /** The meeting-ended nudges about one meeting, to any follower. */
  public static NudgeScope meetingEndedAbout(TenantId tenant, MeetingId meeting) {
    return new NudgeScope(tenant, Set.of(NudgeKind.MEETING_ENDED), null, meeting, null);
  }

  /** The meeting-ended nudges to one leader, about any meeting. */
  public static NudgeScope meetingEndedTo(TenantId tenant, LeaderId leader) {
    return new NudgeScope(tenant, Set.of(NudgeKind.MEETING_ENDED), null, null, leader);
  }

  /** The one meeting-ended nudge to a leader about a meeting. */
  public static NudgeScope meetingEnded(TenantId tenant, LeaderId leader, MeetingId meeting) {
    return new NudgeScope(tenant, Set.of(NudgeKind.MEETING_ENDED), null, meeting, leader);
  }

  public boolean covers(Nudge nudge) {
    return nudge.tenantId().equals(tenant)
        && kinds.contains(nudge.kind())
        && (caseId == null || caseId.equals(nudge.caseId()))
        && (meetingId == null || meetingId.equals(nudge.meetingId()))
        && (leaderId == null || leaderId.equals(nudge.leaderId()));
  }
}
