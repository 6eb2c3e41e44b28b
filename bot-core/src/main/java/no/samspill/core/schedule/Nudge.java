package no.samspill.core.schedule;

import java.time.Instant;
import java.util.Objects;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Phase;

/**
 * One planned message to one leader. The id is the idempotency key (tenant, leader, case, meeting,
 * phase, kind): planning the same nudge twice yields one document. {@code claimedBy} is the claim's
 * fencing token (unique per claim); {@code sendingAt} is set when its holder began sending, so an
 * instance that takes over a claim knows an earlier send may have reached the leader.
 */
public record Nudge(
    String id,
    TenantId tenantId,
    LeaderId leaderId,
    NudgeKind kind,
    Phase phase,
    CaseId caseId,
    MeetingId meetingId,
    Instant dueAt,
    NudgeStatus status,
    String claimedBy,
    Instant leaseUntil,
    int attempts,
    String reason,
    Instant sentAt,
    Instant sendingAt) {

  public Nudge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(leaderId, "leaderId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    status = status == null ? NudgeStatus.PLANNED : status;
  }

  public static Nudge planned(
      TenantId tenant,
      LeaderId leader,
      NudgeKind kind,
      Phase phase,
      CaseId caseId,
      MeetingId meetingId,
      Instant dueAt) {
    String key =
        String.join(
            "|",
            tenant.value(),
            leader.value(),
            caseId == null ? "-" : caseId.value(),
            meetingId == null ? "-" : meetingId.value(),
            phase == null ? "-" : phase.name(),
            kind.name());
    return new Nudge(
        key,
        tenant,
        leader,
        kind,
        phase,
        caseId,
        meetingId,
        dueAt,
        NudgeStatus.PLANNED,
        null,
        null,
        0,
        null,
        null,
        null);
  }

  /** The follow-up on one week's digest; the week is part of the key, so each week gets one. */
  public static Nudge followUp(TenantId tenant, LeaderId leader, String digestWeek, Instant due) {
    String key = String.join("|", tenant.value(), leader.value(), digestWeek, "FOLLOW_UP");
    return new Nudge(
        key,
        tenant,
        leader,
        NudgeKind.DIGEST_FOLLOW_UP,
        Phase.FOLLOW_UP,
        null,
        null,
        due,
        NudgeStatus.PLANNED,
        null,
        null,
        0,
        null,
        null,
        null);
  }

  /** "Remind me later" on one reflection; the due time is in the key, so each press counts once. */
  public static Nudge later(
      TenantId tenant,
      LeaderId leader,
      String reflection,
      Phase phase,
      CaseId caseId,
      Instant due) {
    String key =
        String.join(
            "|",
            tenant.value(),
            leader.value(),
            reflection,
            String.valueOf(due.getEpochSecond()),
            NudgeKind.REMIND_LATER.name());
    return new Nudge(
        key,
        tenant,
        leader,
        NudgeKind.REMIND_LATER,
        phase,
        caseId,
        null,
        due,
        NudgeStatus.PLANNED,
        null,
        null,
        0,
        null,
        null,
        null);
  }

  /** The reminder that follows this nudge if it goes unanswered. */
  public Nudge reminder(Instant due) {
    return planned(tenantId, leaderId, NudgeKind.REMINDER, phase, caseId, meetingId, due);
  }

  /** This claimed nudge as its holder renewed it right before sending. */
  public Nudge heldForSending(Instant leaseUntil, Instant sendingAt) {
    return new Nudge(
        id,
        tenantId,
        leaderId,
        kind,
        phase,
        caseId,
        meetingId,
        dueAt,
        status,
        claimedBy,
        leaseUntil,
        attempts,
        reason,
        sentAt,
        sendingAt);
  }
}
