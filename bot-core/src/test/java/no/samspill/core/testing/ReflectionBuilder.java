package no.samspill.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.ShareChoice;

/** A reflection as if stored earlier; version 0, so a fake port takes it as new. */
public final class ReflectionBuilder {

  private TenantId tenant = TestTenants.LILLEVIK;
  private LeaderId leader = new LeaderId("nobody");
  private Phase phase = Phase.AD_HOC;
  private CaseId caseId;
  private MeetingId meetingId;
  private final List<Answer> answers = new ArrayList<>();
  private ShareChoice share = ShareChoice.PRIVATE;
  private ReflectionStatus status = ReflectionStatus.COMPLETED;
  private Instant startedAt = ChatHarness.START;

  private ReflectionBuilder() {}

  public static ReflectionBuilder aReflection() {
    return new ReflectionBuilder();
  }

  public ReflectionBuilder by(Leader author) {
    leader = author.id();
    tenant = author.tenantId();
    return this;
  }

  public ReflectionBuilder in(Phase newPhase) {
    phase = newPhase;
    return this;
  }

  public ReflectionBuilder about(PoliticalCase politicalCase) {
    caseId = politicalCase.id();
    return this;
  }

  /** Tied to the meeting, as a flow started from that meeting's nudge is. */
  public ReflectionBuilder at(Meeting meeting) {
    meetingId = meeting.id();
    return this;
  }

  public ReflectionBuilder answering(String promptId, String text) {
    answers.add(Answer.text(promptId, null, text, startedAt));
    return this;
  }

  /** The After-Action-Review lesson, as the shipped POST flow asks for it. */
  public ReflectionBuilder lesson(String text) {
    answers.add(Answer.text("post.lesson", "LESSON", text, startedAt));
    return this;
  }

  public ReflectionBuilder trustMoved(int scale) {
    answers.add(Answer.scale("post.trust", "TRUST_CHANGE", scale, startedAt));
    return this;
  }

  public ReflectionBuilder usedApproach(String mode) {
    answers.add(Answer.option("post.approach", "CONFLICT_USED", mode, startedAt));
    return this;
  }

  public ReflectionBuilder usedLesson(String option) {
    answers.add(Answer.option("followup.used", "LESSON_USED", option, startedAt));
    return this;
  }

  public ReflectionBuilder plannedApproach(String mode) {
    answers.add(Answer.option("pre.approach", "CONFLICT_PLANNED", mode, startedAt));
    return this;
  }

  public ReflectionBuilder sharing(ShareChoice newShare) {
    share = newShare;
    return this;
  }

  public ReflectionBuilder withStatus(ReflectionStatus newStatus) {
    status = newStatus;
    return this;
  }

  public ReflectionBuilder startedAt(Instant instant) {
    startedAt = instant;
    return this;
  }

  public Reflection build() {
    String flowId =
        switch (phase) {
          case AD_HOC -> "adhoc";
          case FOLLOW_UP -> "followup";
          default -> phase.name().toLowerCase(Locale.ROOT);
        };
    Instant completed = status == ReflectionStatus.COMPLETED ? startedAt : null;
    return new Reflection(
        ReflectionId.random(),
        tenant,
        leader,
        phase,
        flowId,
        1,
        caseId,
        meetingId,
        answers,
        share,
        status,
        null,
        startedAt,
        startedAt,
        completed,
        0);
  }
}
