package no.samspill.core.reflection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/**
 * One completed or partial run of a flow. {@code openAskedId} identifies the question currently on
 * screen, so a click on an older button is recognised as stale; {@code version} guards against two
 * clicks landing at once.
 */
public record Reflection(
    ReflectionId id,
    TenantId tenantId,
    LeaderId leaderId,
    Phase phase,
    String flowId,
    int catalogueVersion,
    CaseId caseId,
    MeetingId meetingId,
    List<Answer> answers,
    ShareChoice share,
    ReflectionStatus status,
    String openAskedId,
    Instant startedAt,
    Instant updatedAt,
    Instant completedAt,
    long version) {

  public Reflection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(leaderId, "leaderId");
    Objects.requireNonNull(phase, "phase");
    answers = answers == null ? List.of() : List.copyOf(answers);
    share = share == null ? ShareChoice.DEFAULT : share;
    status = status == null ? ReflectionStatus.IN_PROGRESS : status;
  }

  public static Reflection start(
      TenantId tenant,
      LeaderId leader,
      Phase phase,
      String flowId,
      int catalogueVersion,
      CaseId caseId,
      MeetingId meetingId,
      String askedId,
      Instant now) {
    return new Reflection(
        ReflectionId.random(),
        tenant,
        leader,
        phase,
        flowId,
        catalogueVersion,
        caseId,
        meetingId,
        List.of(),
        ShareChoice.DEFAULT,
        ReflectionStatus.IN_PROGRESS,
        askedId,
        now,
        now,
        null,
        0);
  }

  /** Index of the next prompt to ask: every prompt is answered or skipped in order. */
  public int nextPromptIndex() {
    return answers.size();
  }

  public Reflection answered(Answer answer, String nextAskedId, Instant now) {
    List<Answer> more = new ArrayList<>(answers);
    more.add(answer);
    return with(more, share, ReflectionStatus.IN_PROGRESS, nextAskedId, now, completedAt);
  }

  public Reflection completed(Answer last, ShareChoice chosen, Instant now) {
    List<Answer> more = new ArrayList<>(answers);
    more.add(last);
    return with(more, chosen, ReflectionStatus.COMPLETED, null, now, now);
  }

  public Reflection paused(Instant now) {
    return with(answers, share, ReflectionStatus.PAUSED, null, now, completedAt);
  }

  public Reflection resumed(String askedId, Instant now) {
    return with(answers, share, ReflectionStatus.IN_PROGRESS, askedId, now, completedAt);
  }

  /** The same reflection as stored under the given version. */
  public Reflection withVersion(long newVersion) {
    return new Reflection(
        id,
        tenantId,
        leaderId,
        phase,
        flowId,
        catalogueVersion,
        caseId,
        meetingId,
        answers,
        share,
        status,
        openAskedId,
        startedAt,
        updatedAt,
        completedAt,
        newVersion);
  }

  /** The same reflection shared differently, as the leader changed it afterwards. */
  public Reflection sharedAs(ShareChoice newShare, Instant now) {
    return with(answers, newShare, status, openAskedId, now, completedAt);
  }

  public Reflection cancelled(Instant now) {
    return with(answers, share, ReflectionStatus.CANCELLED, null, now, completedAt);
  }

  private Reflection with(
      List<Answer> newAnswers,
      ShareChoice newShare,
      ReflectionStatus newStatus,
      String askedId,
      Instant now,
      Instant completed) {
    return new Reflection(
        id,
        tenantId,
        leaderId,
        phase,
        flowId,
        catalogueVersion,
        caseId,
        meetingId,
        newAnswers,
        newShare,
        newStatus,
        askedId,
        startedAt,
        now,
        completed,
        version);
  }
}
