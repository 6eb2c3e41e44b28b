package no.samspill.core.schedule;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseDraft;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.EditCase;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.RegisterCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Phase;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case's nudges as the coordinator sees them, and what closing a case does to them. The harness
 * clock starts Monday 2 March 2026, 10:00 in Oslo.
 */
class CaseNudgesTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final PlanNudges plan = store.planNudges(date -> false, chat.clock());
  private final RegisterCase register =
      new RegisterCase(store.cases(), store.meetings(), store.leaders(), plan, chat.clock());
  private final EditCase edit =
      new EditCase(store.cases(), store.meetings(), store.leaders(), plan);
  private final CaseNudges caseNudges = new CaseNudges(store.nudges(), store.nudgeReasons());
  private Leader kari;
  private Meeting fskSixteenth;
  private Meeting ksTwentySixth;

  @BeforeEach
  void setUp() {
    kari = chat.register(aLeader().named("Kari"));
    fskSixteenth = chat.hasMeeting(aMeeting().of(body(BodyKind.FORMANNSKAP)).startingAt(oslo(16)));
    ksTwentySixth =
        chat.hasMeeting(aMeeting().of(body(BodyKind.KOMMUNESTYRE)).startingAt(oslo(26)));
  }

  @Test
  void listsTheCasesNudgesSoonestFirstAndNoOtherCases() {
    PoliticalCase budget = register.register(TestTenants.LILLEVIK, draft(CaseStatus.IN_TREATMENT));
    chat.hasCase(aCase().ownedBy(kari).treatedIn(fskSixteenth));
    plan.replan(TestTenants.LILLEVIK);

    assertThat(caseNudges.of(budget))
        .extracting(Nudge::phase, Nudge::meetingId, Nudge::status)
        .containsExactly(
            tuple(Phase.PRE, fskSixteenth.id(), NudgeStatus.PLANNED),
            tuple(Phase.MID, fskSixteenth.id(), NudgeStatus.PLANNED),
            tuple(Phase.POST, ksTwentySixth.id(), NudgeStatus.PLANNED));
    assertThat(caseNudges.of(budget)).allMatch(n -> n.caseId().equals(budget.id()));
  }

  @Test
  void leavesOutAPlannedNudgeTheDispatcherWouldNotSend() {
    PoliticalCase budget = register.register(TestTenants.LILLEVIK, draft(CaseStatus.IN_TREATMENT));
    Nudge pre = caseNudges.of(budget).get(0);
    store.nudges().plan(pre.reminder(pre.dueAt().plus(Duration.ofDays(2))));
    assertThat(caseNudges.of(budget)).extracting(Nudge::kind).contains(NudgeKind.REMINDER);

    // Kari finished her PRE reflection: the reminder has nothing left to remind her of.
    chat.hasReflection(aReflection().by(kari).in(Phase.PRE).about(budget));

    assertThat(caseNudges.of(budget)).extracting(Nudge::kind).doesNotContain(NudgeKind.REMINDER);
  }

  @Test
  void closingACaseCancelsItsPendingNudgesWithTheReason() {
    PoliticalCase budget = register.register(TestTenants.LILLEVIK, draft(CaseStatus.IN_TREATMENT));
    Nudge pre = caseNudges.of(budget).get(0);
    store.nudges().plan(pre.reminder(pre.dueAt().plus(Duration.ofDays(2))));

    edit.edit(TestTenants.LILLEVIK, budget.id(), draft(CaseStatus.WITHDRAWN));

    assertThat(caseNudges.of(budget))
        .extracting(Nudge::kind, Nudge::phase, Nudge::status, Nudge::reason)
        .containsExactlyInAnyOrder(
            tuple(NudgeKind.CASE_FLOW, Phase.PRE, NudgeStatus.CANCELLED, "case closed"),
            tuple(NudgeKind.CASE_FLOW, Phase.MID, NudgeStatus.CANCELLED, "case closed"),
            tuple(NudgeKind.CASE_FLOW, Phase.POST, NudgeStatus.CANCELLED, "case closed"),
            tuple(NudgeKind.REMINDER, Phase.PRE, NudgeStatus.CANCELLED, "case closed"));
    assertThat(store.nudges().upcoming(kari.id(), Instant.EPOCH, 10)).isEmpty();
  }

  @Test
  void aCaseDecidedInAMeetingJustEndedKeepsItsPostNudgeOnly() {
    PoliticalCase budget = register.register(TestTenants.LILLEVIK, draft(CaseStatus.IN_TREATMENT));
    chat.clock().set(ksTwentySixth.end().plus(Duration.ofMinutes(5)));

    edit.edit(TestTenants.LILLEVIK, budget.id(), draft(CaseStatus.DECIDED));

    assertThat(caseNudges.of(budget))
        .filteredOn(n -> n.status() == NudgeStatus.PLANNED)
        .extracting(Nudge::phase, Nudge::meetingId)
        .containsExactly(tuple(Phase.POST, ksTwentySixth.id()));
  }

  private CaseDraft draft(CaseStatus status) {
    return new CaseDraft(
        "Budsjett 2027",
        "2026/14",
        kari.id(),
        List.of(fskSixteenth.id(), ksTwentySixth.id()),
        status);
  }

  private PoliticalBody body(BodyKind kind) {
    PoliticalBody body =
        new PoliticalBody(BodyId.random(), TestTenants.LILLEVIK, kind.name(), kind);
    store.bodies().save(body);
    return body;
  }

  private static Instant oslo(int day) {
    return LocalDateTime.of(2026, 3, day, 9, 0).atZone(OSLO).toInstant();
  }
}
