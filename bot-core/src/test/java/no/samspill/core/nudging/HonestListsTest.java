package no.samspill.core.nudging;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A nudge whose reason is gone is cancelled at that moment, and "kommende" lists exactly what the
 * dispatcher sends.
 */
class HonestListsTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final SendDueNudgesTest.FakeChannel channel = new SendDueNudgesTest.FakeChannel();
  private final PlanNudges planNudges = store.planNudges(date -> false, chat.clock());
  private Leader leader;
  private PoliticalBody formannskapet;

  @BeforeEach
  void aLeaderWithABody() {
    leader = chat.register(aLeader().named("Kari"));
    formannskapet = chat.hasBody("Formannskapet");
  }

  @Test
  void finishingAFlowCancelsItsReminder() {
    PoliticalCase decided = caseTreatedIn(meetingIn(Duration.ofHours(-5)));
    Nudge reminder = planned(NudgeKind.REMINDER, Phase.POST, decided, Duration.ofDays(1));

    chat.starts(post(decided));
    answerUntilDone();

    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.COMPLETED);
    assertThat(stored(reminder).status()).isEqualTo(NudgeStatus.CANCELLED);
    assertThat(stored(reminder).reason()).isEqualTo("flow finished or cancelled");
    chat.says("kommende");
    assertThat(chat.lastText()).isEqualTo(Messages.get(Language.NB, "upcoming.none"));
  }

  @Test
  void cancellingAFlowBeforeAnyAnswerStoresNothingAndCancelsItsReminder() {
    PoliticalCase decided = caseTreatedIn(meetingIn(Duration.ofHours(-5)));
    Nudge reminder = planned(NudgeKind.REMINDER, Phase.POST, decided, Duration.ofDays(1));
    chat.starts(post(decided));

    chat.says("avbryt");

    assertThat(chat.lastTexts())
        .containsExactly(Messages.get(Language.NB, "flow.cancelled.nothing"));
    assertThat(chat.reflections()).isEmpty();
    assertThat(chat.conversation().activeReflection()).isNull();
    assertThat(stored(reminder).status()).isEqualTo(NudgeStatus.CANCELLED);
  }

  @Test
  void cancellingAfterAnAnswerKeepsTheAnswersAndSaysSo() {
    PoliticalCase decided = caseTreatedIn(meetingIn(Duration.ofHours(-5)));
    chat.starts(post(decided));
    answerOne();

    chat.says("avbryt");

    assertThat(chat.lastTexts()).containsExactly(Messages.get(Language.NB, "flow.cancelled"));
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.CANCELLED);
    assertThat(chat.onlyReflection().answers()).hasSize(1);
  }

  @Test
  void aPreReflectionCancelsThePreNudgeForThatCaseAndMeetingAndARePlanKeepsItCancelled() {
    Meeting next = meetingIn(Duration.ofDays(20));
    PoliticalCase coming = caseTreatedIn(next);
    planNudges.caseSaved(null, coming);
    Nudge pre = caseFlow(Phase.PRE, coming, next);
    assertThat(stored(pre).status()).isEqualTo(NudgeStatus.PLANNED);

    chat.says("refleksjon");
    chat.clicks(coming.title());
    chat.clicks(Messages.get(Language.NB, "phase.pre"));
    assertThat(stored(pre).status()).as("started, not yet answered").isEqualTo(NudgeStatus.PLANNED);
    answerOne();

    assertThat(stored(pre).status()).isEqualTo(NudgeStatus.CANCELLED);
    assertThat(stored(pre).reason()).isEqualTo("already reflected on");
    planNudges.replan(TestTenants.LILLEVIK);
    assertThat(stored(pre).status()).isEqualTo(NudgeStatus.CANCELLED);
    assertThat(stored(caseFlow(Phase.POST, coming, next)).status()).isEqualTo(NudgeStatus.PLANNED);
  }

  @Test
  void aPreReflectionStartedOnACaseWithoutAMeetingCancelsThePreNudgeOfItsNextMeeting() {
    Meeting next = meetingIn(Duration.ofDays(20));
    Meeting later = meetingIn(Duration.ofDays(40));
    PoliticalCase coming =
        chat.hasCase(aCase().titled("Budsjett").ownedBy(leader).treatedIn(later).treatedIn(next));
    planNudges.caseSaved(null, coming);
    Nudge pre = caseFlow(Phase.PRE, coming, next);

    // As the web chat's demo panel starts it: the case, no meeting.
    chat.starts(new StartReflection.Command(leader.id(), Phase.PRE, coming.id(), null));
    answerOne();

    assertThat(chat.onlyReflection().meetingId()).isEqualTo(next.id());
    assertThat(stored(pre).status()).isEqualTo(NudgeStatus.CANCELLED);
    assertThat(stored(pre).reason()).isEqualTo("already reflected on");
  }

  @Test
  void aCaseRegisteredInChatHasItsNudgesPlannedAtOnce() {
    Meeting next = meetingIn(Duration.ofDays(20));

    chat.says("ny sak");
    chat.says("Skolebruksplan");
    chat.clicks(Messages.get(Language.NB, "control.skip"));
    chat.sends(chat.onScreen().options().get(0).action());

    PoliticalCase created =
        store.cases().findByOwner(TestTenants.LILLEVIK, leader.id()).stream()
            .filter(c -> c.title().equals("Skolebruksplan"))
            .findFirst()
            .orElseThrow();
    assertThat(created.meetingIds()).containsExactly(next.id());
    assertThat(store.nudges().all(leader.id()))
        .filteredOn(n -> created.id().equals(n.caseId()))
        .extracting(Nudge::phase, Nudge::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Phase.PRE, NudgeStatus.PLANNED),
            org.assertj.core.groups.Tuple.tuple(Phase.POST, NudgeStatus.PLANNED));
  }

  @Test
  void upcomingListsExactlyWhatTheDispatcherSends() {
    PoliticalCase open = caseTreatedIn(meetingIn(Duration.ofHours(-5)));
    PoliticalCase reflected = caseTreatedIn(meetingIn(Duration.ofHours(-6)));
    chat.hasReflection(
        aReflection()
            .by(leader)
            .in(Phase.POST)
            .about(reflected)
            .withStatus(ReflectionStatus.COMPLETED));
    Reflection finished =
        chat.hasReflection(aReflection().by(leader).withStatus(ReflectionStatus.COMPLETED));
    Meeting followed = meetingIn(Duration.ofHours(-4));
    Meeting calledOff = meetingIn(Duration.ofHours(-3));
    store.meetings().save(calledOff.asCancelled());
    store
        .follows()
        .save(new Following(TestTenants.LILLEVIK, leader.id(), Set.of(formannskapet.id()), true));
    // Planned behind the lists' back, so only the reason check can tell them apart.
    planned(NudgeKind.CASE_FLOW, Phase.POST, open, Duration.ofHours(1));
    planned(NudgeKind.REMINDER, Phase.POST, reflected, Duration.ofHours(2));
    store
        .nudges()
        .plan(
            Nudge.later(
                TestTenants.LILLEVIK,
                leader.id(),
                finished.id().value(),
                finished.phase(),
                null,
                soon(Duration.ofHours(3))));
    meetingEnded(followed, Duration.ofHours(4));
    meetingEnded(calledOff, Duration.ofMinutes(270));

    chat.says("kommende");
    List<String> listed =
        chat.lastSummary().lines().stream().map(SummaryReply.Line::label).toList();
    chat.clock().set(soon(Duration.ofHours(5)));
    SendDueNudgesTest.dispatcher(chat, channel).sendDue();

    List<String> sent =
        store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.SENT, 50).stream()
            .map(n -> shown(n.dueAt()))
            .toList();
    assertThat(sent).hasSize(2);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(sent);
    assertThat(channel.sent).hasSize(2);
  }

  private String shown(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(Language.NB.locale())
        .format(at.atZone(leader.timeZone()));
  }

  /** Answers the question on screen: a few words, or its first option. */
  private void answerOne() {
    QuestionReply q = chat.onScreen();
    if (q.kind() == QuestionReply.Kind.FREE_TEXT) {
      chat.submits("Gruppelederne først");
    } else {
      chat.sends(q.options().get(0).action());
    }
  }

  private void answerUntilDone() {
    for (int i = 0;
        i < 10 && chat.lastReplies().stream().noneMatch(SummaryReply.class::isInstance);
        i++) {
      answerOne();
    }
    assertThat(chat.lastSummary()).isNotNull();
  }

  private StartReflection.Command post(PoliticalCase politicalCase) {
    return new StartReflection.Command(
        leader.id(), Phase.POST, politicalCase.id(), politicalCase.meetingIds().get(0));
  }

  private Meeting meetingIn(Duration fromNow) {
    return chat.hasMeeting(aMeeting().of(formannskapet).startingAt(soon(fromNow)));
  }

  private PoliticalCase caseTreatedIn(Meeting meeting) {
    return chat.hasCase(aCase().titled("Sak " + meeting.id()).ownedBy(leader).treatedIn(meeting));
  }

  private Instant soon(Duration fromNow) {
    return ChatHarness.START.plus(fromNow);
  }

  private Nudge planned(NudgeKind kind, Phase phase, PoliticalCase c, Duration dueIn) {
    Nudge nudge =
        Nudge.planned(
            TestTenants.LILLEVIK,
            leader.id(),
            kind,
            phase,
            c.id(),
            c.meetingIds().get(0),
            soon(dueIn));
    store.nudges().plan(nudge);
    return nudge;
  }

  private void meetingEnded(Meeting meeting, Duration dueIn) {
    store
        .nudges()
        .plan(
            Nudge.planned(
                TestTenants.LILLEVIK,
                leader.id(),
                NudgeKind.MEETING_ENDED,
                null,
                null,
                meeting.id(),
                soon(dueIn)));
  }

  private Nudge caseFlow(Phase phase, PoliticalCase c, Meeting m) {
    return stored(
        Nudge.planned(
            TestTenants.LILLEVIK,
            leader.id(),
            NudgeKind.CASE_FLOW,
            phase,
            c.id(),
            m.id(),
            soon(Duration.ZERO)));
  }

  private Nudge stored(Nudge nudge) {
    return store.nudges().all(leader.id()).stream()
        .filter(n -> n.id().equals(nudge.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No nudge " + nudge.id()));
  }
}
