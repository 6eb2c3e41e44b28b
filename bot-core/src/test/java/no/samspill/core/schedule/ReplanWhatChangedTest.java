package no.samspill.core.schedule;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Phase;
import no.samspill.core.testing.CaseBuilder;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change re-plans only what it affects, and takes back the planned nudges it makes wrong. The
 * harness clock starts Monday 2 March 2026, 10:00 in Oslo.
 */
class ReplanWhatChangedTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final PlanNudges plan = store.planNudges(date -> false, chat.clock());
  private Leader kari;
  private Leader ola;
  private PoliticalBody formannskapet;
  private PoliticalBody kommunestyret;
  private Meeting utvalgTenth;
  private Meeting fskSixteenth;
  private Meeting ksTwentySixth;

  @BeforeEach
  void setUp() {
    kari = chat.register(aLeader().named("Kari"));
    ola = chat.register(aLeader().named("Ola"));
    formannskapet = body(BodyKind.FORMANNSKAP);
    kommunestyret = body(BodyKind.KOMMUNESTYRE);
    utvalgTenth = chat.hasMeeting(aMeeting().of(body(BodyKind.UTVALG)).startingAt(oslo(3, 10, 9)));
    fskSixteenth = chat.hasMeeting(aMeeting().of(formannskapet).startingAt(oslo(3, 16, 17)));
    ksTwentySixth = chat.hasMeeting(aMeeting().of(kommunestyret).startingAt(oslo(3, 26, 9)));
  }

  @Test
  void savingACasePlansThatCaseAndLeavesEveryOtherCaseAlone() {
    PoliticalCase karis = chat.hasCase(aCase().ownedBy(kari).treatedIn(fskSixteenth));
    chat.hasCase(aCase().ownedBy(ola).treatedIn(ksTwentySixth));
    plan.replan(TestTenants.LILLEVIK);
    List<Nudge> olasBefore = store.nudges().all(ola.id());
    // Only a tenant-wide re-plan would see this and move Ola's nudges.
    store.meetings().save(moved(ksTwentySixth, oslo(3, 27, 9)));

    saveCase(karis, aCase().withId(karis.id()).ownedBy(kari).treatedIn(utvalgTenth));

    assertThat(plannedFor(kari))
        .extracting(Nudge::phase, Nudge::meetingId)
        .containsExactly(tuple(Phase.PRE, utvalgTenth.id()), tuple(Phase.POST, utvalgTenth.id()));
    assertThat(store.nudges().all(ola.id())).isEqualTo(olasBefore);
  }

  @Test
  void aMeetingTakenOffACaseTakesItsPlannedNudgesWithIt() {
    PoliticalCase before =
        chat.hasCase(aCase().ownedBy(kari).treatedIn(utvalgTenth).treatedIn(fskSixteenth));
    plan.replan(TestTenants.LILLEVIK);

    saveCase(before, aCase().withId(before.id()).ownedBy(kari).treatedIn(fskSixteenth));

    assertThat(plannedFor(kari))
        .extracting(Nudge::phase, Nudge::meetingId)
        .containsExactly(tuple(Phase.PRE, fskSixteenth.id()), tuple(Phase.POST, fskSixteenth.id()));
    assertThat(cancelled())
        .extracting(Nudge::phase, Nudge::meetingId, Nudge::reason)
        .containsExactlyInAnyOrder(
            tuple(Phase.PRE, utvalgTenth.id(), "no longer applies"),
            tuple(Phase.MID, utvalgTenth.id(), "no longer applies"));
  }

  @Test
  void aMeetingPutBackOnACaseGetsItsNudgesBackOnce() {
    PoliticalCase both =
        chat.hasCase(aCase().ownedBy(kari).treatedIn(utvalgTenth).treatedIn(fskSixteenth));
    plan.replan(TestTenants.LILLEVIK);
    PoliticalCase one =
        saveCase(both, aCase().withId(both.id()).ownedBy(kari).treatedIn(fskSixteenth));

    saveCase(
        one,
        aCase().withId(both.id()).ownedBy(kari).treatedIn(utvalgTenth).treatedIn(fskSixteenth));

    assertThat(plannedFor(kari))
        .extracting(Nudge::phase, Nudge::meetingId)
        .containsExactly(
            tuple(Phase.PRE, utvalgTenth.id()),
            tuple(Phase.MID, utvalgTenth.id()),
            tuple(Phase.POST, fskSixteenth.id()));
    assertThat(cancelled())
        .extracting(Nudge::phase, Nudge::meetingId)
        .containsExactly(tuple(Phase.PRE, fskSixteenth.id()));
  }

  @Test
  void aNewOwnerTakesOverTheCaseNudgesAndTheOldOneLosesThem() {
    PoliticalCase karis = chat.hasCase(aCase().ownedBy(kari).treatedIn(fskSixteenth));
    plan.replan(TestTenants.LILLEVIK);

    saveCase(karis, aCase().withId(karis.id()).ownedBy(ola).treatedIn(fskSixteenth));

    assertThat(plannedFor(kari)).isEmpty();
    assertThat(plannedFor(ola))
        .extracting(Nudge::phase, Nudge::caseId)
        .containsExactly(tuple(Phase.PRE, karis.id()), tuple(Phase.POST, karis.id()));
  }

  @Test
  void aMeetingTakenOffACaseEndsTheRemindersAboutItAndKeepsTheOthers() {
    PoliticalCase before =
        chat.hasCase(aCase().ownedBy(kari).treatedIn(utvalgTenth).treatedIn(fskSixteenth));
    plan.replan(TestTenants.LILLEVIK);
    // The MID nudge about the tenth went out unanswered; so did an earlier PRE about the 16th.
    Nudge aboutTenth = reminder(kari, before, utvalgTenth, Phase.MID, oslo(3, 12, 10));
    Nudge aboutSixteenth = reminder(kari, before, fskSixteenth, Phase.PRE, oslo(3, 13, 10));

    saveCase(before, aCase().withId(before.id()).ownedBy(kari).treatedIn(fskSixteenth));

    assertThat(plannedFor(kari)).extracting(Nudge::id).contains(aboutSixteenth.id());
    assertThat(plannedFor(kari)).extracting(Nudge::id).doesNotContain(aboutTenth.id());
    assertThat(cancelled())
        .filteredOn(n -> n.kind() == NudgeKind.REMINDER)
        .extracting(Nudge::id, Nudge::reason)
        .containsExactly(tuple(aboutTenth.id(), "meeting taken off the case"));
  }

  @Test
  void aCaseHandedToAnotherOwnerEndsThePreviousOwnersReminders() {
    PoliticalCase karis = chat.hasCase(aCase().ownedBy(kari).treatedIn(fskSixteenth));
    plan.replan(TestTenants.LILLEVIK);
    Nudge karisReminder = reminder(kari, karis, fskSixteenth, Phase.PRE, oslo(3, 13, 10));

    saveCase(karis, aCase().withId(karis.id()).ownedBy(ola).treatedIn(fskSixteenth));

    assertThat(cancelled())
        .filteredOn(n -> n.kind() == NudgeKind.REMINDER)
        .extracting(Nudge::id, Nudge::reason)
        .containsExactly(tuple(karisReminder.id(), "case passed to another owner"));
    // Saving it again with the same owner and meetings ends nothing more.
    PoliticalCase olas = store.cases().findById(TestTenants.LILLEVIK, karis.id()).orElseThrow();
    Nudge olasReminder = reminder(ola, olas, fskSixteenth, Phase.PRE, oslo(3, 13, 10));
    saveCase(olas, aCase().withId(karis.id()).ownedBy(ola).treatedIn(fskSixteenth));
    assertThat(plannedFor(ola)).extracting(Nudge::id).contains(olasReminder.id());
  }

  @Test
  void movingAMeetingMovesTheNudgesOfEveryCaseTreatedInItWithoutDoublingAny() {
    chat.hasCase(aCase().ownedBy(kari).treatedIn(fskSixteenth));
    chat.hasCase(aCase().ownedBy(ola).treatedIn(fskSixteenth).treatedIn(ksTwentySixth));
    plan.replan(TestTenants.LILLEVIK);

    // Formannskapet moves to Monday 30 March, after kommunestyret: Ola's phases swap meetings.
    saveMeeting(moved(fskSixteenth, oslo(3, 30, 17)));

    assertThat(plannedFor(kari))
        .extracting(Nudge::phase, Nudge::dueAt)
        .containsExactly(tuple(Phase.PRE, oslo(3, 23, 8)), tuple(Phase.POST, oslo(3, 31, 8)));
    assertThat(plannedFor(ola))
        .extracting(Nudge::phase, Nudge::meetingId, Nudge::dueAt)
        .containsExactly(
            tuple(Phase.PRE, ksTwentySixth.id(), oslo(3, 16, 8)),
            tuple(Phase.MID, ksTwentySixth.id(), oslo(3, 26, 14)),
            tuple(Phase.POST, fskSixteenth.id(), oslo(3, 31, 8)));
  }

  @Test
  void movingAMeetingMovesItsFollowersMeetingEndedNudge() {
    follow(ola, formannskapet);
    plan.replan(TestTenants.LILLEVIK);

    saveMeeting(moved(fskSixteenth, oslo(3, 18, 9)));

    assertThat(plannedFor(ola))
        .extracting(Nudge::kind, Nudge::meetingId, Nudge::dueAt)
        .containsExactly(tuple(NudgeKind.MEETING_ENDED, fskSixteenth.id(), oslo(3, 18, 14)));
  }

  @Test
  void cancellingALaterMeetingMakesTheEarlierOneThePost() {
    chat.hasCase(aCase().ownedBy(ola).treatedIn(fskSixteenth).treatedIn(ksTwentySixth));
    follow(kari, kommunestyret);
    plan.replan(TestTenants.LILLEVIK);

    saveMeeting(ksTwentySixth.asCancelled());

    assertThat(plannedFor(ola))
        .extracting(Nudge::phase, Nudge::meetingId)
        .containsExactly(tuple(Phase.PRE, fskSixteenth.id()), tuple(Phase.POST, fskSixteenth.id()));
    assertThat(plannedFor(kari)).isEmpty();
    assertThat(cancelled()).hasSize(3);
  }

  @Test
  void changingALeadersFollowsReplansThatLeaderOnly() {
    follow(kari, formannskapet);
    follow(ola, formannskapet);
    plan.replan(TestTenants.LILLEVIK);
    List<Nudge> olasBefore = store.nudges().all(ola.id());
    follow(ola, kommunestyret);
    follow(kari, kommunestyret);

    plan.leaderChanged(TestTenants.LILLEVIK, kari.id());

    assertThat(plannedFor(kari))
        .extracting(Nudge::kind, Nudge::meetingId)
        .containsExactly(tuple(NudgeKind.MEETING_ENDED, ksTwentySixth.id()));
    assertThat(cancelled())
        .extracting(Nudge::leaderId, Nudge::meetingId)
        .containsExactly(tuple(kari.id(), fskSixteenth.id()));
    assertThat(store.nudges().all(ola.id())).isEqualTo(olasBefore);
  }

  @Test
  void aFollowerWhoGetsACaseOnTheMeetingGetsTheCaseFlowInsteadOfTheMeetingEndedNudge() {
    follow(kari, formannskapet);
    plan.replan(TestTenants.LILLEVIK);

    saveCase(null, aCase().ownedBy(kari).treatedIn(fskSixteenth));

    assertThat(plannedFor(kari))
        .extracting(Nudge::kind, Nudge::phase)
        .containsExactly(
            tuple(NudgeKind.CASE_FLOW, Phase.PRE), tuple(NudgeKind.CASE_FLOW, Phase.POST));
    assertThat(cancelled()).extracting(Nudge::kind).containsExactly(NudgeKind.MEETING_ENDED);
  }

  @Test
  void aFollowerWhoHandsTheCaseOverGetsTheMeetingEndedNudgeInstead() {
    follow(kari, formannskapet);
    PoliticalCase karis = chat.hasCase(aCase().ownedBy(kari).treatedIn(fskSixteenth));
    plan.replan(TestTenants.LILLEVIK);

    saveCase(karis, aCase().withId(karis.id()).ownedBy(ola).treatedIn(fskSixteenth));

    assertThat(plannedFor(kari))
        .extracting(Nudge::kind, Nudge::meetingId)
        .containsExactly(tuple(NudgeKind.MEETING_ENDED, fskSixteenth.id()));
  }

  @Test
  void theTenantReplanTakesBackWhatAChangeLeftBehind() {
    PoliticalCase before =
        chat.hasCase(aCase().ownedBy(kari).treatedIn(utvalgTenth).treatedIn(fskSixteenth));
    plan.replan(TestTenants.LILLEVIK);
    // Saved, but the instance stopped before it re-planned the case.
    store.cases().save(aCase().withId(before.id()).ownedBy(kari).treatedIn(fskSixteenth).build());

    plan.replan(TestTenants.LILLEVIK);

    assertThat(plannedFor(kari))
        .extracting(Nudge::phase, Nudge::meetingId)
        .containsExactly(tuple(Phase.PRE, fskSixteenth.id()), tuple(Phase.POST, fskSixteenth.id()));
  }

  private PoliticalCase saveCase(PoliticalCase before, CaseBuilder after) {
    PoliticalCase saved = after.build();
    store.cases().save(saved);
    plan.caseSaved(before, saved);
    return saved;
  }

  /** The reminder the dispatcher plans after sending the case flow of that phase and meeting. */
  private Nudge reminder(
      Leader leader, PoliticalCase about, Meeting meeting, Phase phase, Instant due) {
    Nudge reminder =
        Nudge.planned(
            TestTenants.LILLEVIK,
            leader.id(),
            NudgeKind.REMINDER,
            phase,
            about.id(),
            meeting.id(),
            due);
    store.nudges().plan(reminder);
    return reminder;
  }

  private void saveMeeting(Meeting meeting) {
    store.meetings().save(meeting);
    plan.meetingSaved(meeting);
  }

  private void follow(Leader leader, PoliticalBody body) {
    store.follows().save(new Following(TestTenants.LILLEVIK, leader.id(), Set.of(body.id()), true));
  }

  private PoliticalBody body(BodyKind kind) {
    PoliticalBody body =
        new PoliticalBody(BodyId.random(), TestTenants.LILLEVIK, kind.name(), kind);
    store.bodies().save(body);
    return body;
  }

  private static Meeting moved(Meeting meeting, Instant start) {
    return meeting.rescheduled(meeting.title(), start, start.plus(Duration.ofHours(3)));
  }

  private List<Nudge> plannedFor(Leader leader) {
    return store.nudges().upcoming(leader.id(), Instant.EPOCH, 100);
  }

  private List<Nudge> cancelled() {
    return store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.CANCELLED, 100);
  }

  private static Instant oslo(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(OSLO).toInstant();
  }
}
