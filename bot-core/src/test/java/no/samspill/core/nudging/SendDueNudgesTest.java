package no.samspill.core.nudging;

import static java.time.temporal.ChronoUnit.DAYS;
import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.conversation.ConversationEngine;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.CoordinatorPolicy;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.InMemorySchedulePolicies;
import no.samspill.core.testing.PlainPersonalDataFormat;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendDueNudgesTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final FakeChannel channel = new FakeChannel();
  private final List<String> counted = new ArrayList<>();
  private final DispatchMetrics metrics =
      new DispatchMetrics() {
        @Override
        public void finished(NudgeKind kind, NudgeStatus outcome, Duration late) {
          counted.add(kind + " " + outcome + " " + late);
        }

        @Override
        public void retried(NudgeKind kind) {
          counted.add(kind + " retried");
        }

        @Override
        public void batchDone(int size, Duration took) {
          counted.add("batch of " + size);
        }
      };
  private SendDueNudges sender;
  private Leader leader;
  private PoliticalCase politicalCase;
  private Meeting meeting;

  @BeforeEach
  void setUp() {
    leader = chat.register(aLeader().named("Kari"));
    Instant now = chat.clock().instant();
    meeting =
        chat.hasMeeting(
            aMeeting()
                .of(chat.hasBody("Formannskapet"))
                .startingAt(now.minus(Duration.ofHours(5))));
    politicalCase =
        chat.hasCase(aCase().titled("Skolebruksplan").ownedBy(leader).treatedIn(meeting));
    sender = dispatcher(chat, channel, metrics);
  }

  /** The real dispatcher over the harness's store, starting flows with a real engine. */
  static SendDueNudges dispatcher(ChatHarness chat, ChatChannel channel) {
    return dispatcher(chat, channel, DispatchMetrics.NONE);
  }

  static SendDueNudges dispatcher(ChatHarness chat, ChatChannel channel, DispatchMetrics metrics) {
    InMemoryPorts store = chat.store();
    ConversationEngine engine =
        new ConversationEngine(
            store.ports(new PlainPersonalDataFormat(), chat.clock()),
            chat.catalogue(),
            CoordinatorPolicy.none(),
            chat.clock());
    return new SendDueNudges(
        store.nudges(),
        store.leaders(),
        store.nudgeReasons(),
        engine,
        new ChannelRouter(List.of(channel)),
        new InMemorySchedulePolicies(),
        date -> false,
        new SendDueNudges.Settings("test", Duration.ofMinutes(2), Duration.ofMinutes(15)),
        chat.clock(),
        new MeetingEndedMessage(store.meetings(), store.bodies()),
        metrics);
  }

  private Nudge duePost(Instant due) {
    Nudge nudge =
        Nudge.planned(
            TestTenants.LILLEVIK,
            leader.id(),
            NudgeKind.CASE_FLOW,
            Phase.POST,
            politicalCase.id(),
            meeting.id(),
            due);
    store.nudges().plan(nudge);
    return nudge;
  }

  private NudgeStatus statusOf(Nudge nudge) {
    return store.nudges().all(leader.id()).stream()
        .filter(n -> n.id().equals(nudge.id()))
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void aDuePostNudgeStartsTheFlowInTheLeadersChatAndPlansOneReminder() {
    Nudge nudge = duePost(chat.clock().instant());

    assertThat(sender.sendDue()).isEqualTo(1);

    assertThat(channel.sent).hasSize(1);
    List<Reply> message = channel.sent.get(0);
    assertThat(((TextReply) message.get(0)).text()).contains("Skolebruksplan");
    assertThat(message.get(1)).isInstanceOf(QuestionReply.class);
    assertThat(statusOf(nudge)).isEqualTo(NudgeStatus.SENT);
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.IN_PROGRESS);
    assertThat(store.nudges().upcoming(leader.id(), Instant.EPOCH, 10))
        .singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo(NudgeKind.REMINDER))
        .satisfies(r -> assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-03-03T07:00:00Z")));
  }

  @Test
  void eachOutcomeIsCountedWithHowLateItWasAndTheBatchWhenItIsDone() {
    Instant now = chat.clock().instant();
    duePost(now.minus(Duration.ofMinutes(3)));
    store
        .nudges()
        .plan(Nudge.followUp(TestTenants.LILLEVIK, leader.id(), "2026-W09", now.minus(4, DAYS)));

    sender.sendDue();

    assertThat(counted.subList(0, 2))
        .containsExactlyInAnyOrder("CASE_FLOW SENT PT3M", "DIGEST_FOLLOW_UP EXPIRED PT96H");
    assertThat(counted.subList(2, counted.size())).containsExactly("batch of 2");
  }

  @Test
  void aDigestFollowUpAsksWhetherALessonWasUsedAndPlansNoReminder() {
    store
        .nudges()
        .plan(
            Nudge.followUp(TestTenants.LILLEVIK, leader.id(), "2026-W09", chat.clock().instant()));

    sender.sendDue();

    assertThat(((TextReply) channel.sent.get(0).get(0)).text()).startsWith("Lærdom i bruk");
    assertThat(((QuestionReply) channel.sent.get(0).get(1)).text())
        .isEqualTo("Fikk du brukt en av lærdommene fra forrige ukes sammendrag?");
    assertThat(chat.onlyReflection().phase()).isEqualTo(Phase.FOLLOW_UP);
    assertThat(store.nudges().upcoming(leader.id(), Instant.EPOCH, 10)).isEmpty();
  }

  @Test
  void remindMeLaterOnANudgedFlowMovesItsOneReminderRatherThanAddingASecond() {
    duePost(chat.clock().instant());
    sender.sendDue();
    chat.as(leader);
    chat.says("senere");
    chat.clock().set(Instant.parse("2026-03-03T07:00:00Z"));

    sender.sendDue();

    assertThat(channel.sent).hasSize(2);
    assertThat(store.nudges().all(leader.id()))
        .extracting(Nudge::kind)
        .containsExactlyInAnyOrder(NudgeKind.CASE_FLOW, NudgeKind.REMINDER);
  }

  @Test
  void remindMeLaterOnAFlowTheLeaderStartedComesBackTheNextWorkingMorning() {
    chat.as(leader);
    chat.says("refleksjon");
    chat.clicks("Uten sak – fri refleksjon");
    chat.says("senere");
    chat.clock().set(Instant.parse("2026-03-03T07:00:00Z"));

    sender.sendDue();

    assertThat(channel.sent).hasSize(1);
    assertThat(((TextReply) channel.sent.get(0).get(0)).text())
        .startsWith("Du ba meg minne deg på refleksjonen");
  }

  @Test
  void aRemindLaterForAFlowAlreadyResumedIsCancelled() {
    chat.as(leader);
    chat.says("refleksjon");
    chat.clicks("Uten sak – fri refleksjon");
    chat.says("senere");
    chat.says("fortsett");
    chat.clock().set(Instant.parse("2026-03-03T07:00:00Z"));

    sender.sendDue();

    assertThat(channel.sent).isEmpty();
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.CANCELLED, 5))
        .extracting(Nudge::kind)
        .containsExactly(NudgeKind.REMIND_LATER);
  }

  @Test
  void theReminderGoesOutOnceWhenUnansweredAndNeverAgain() {
    duePost(chat.clock().instant());
    sender.sendDue();
    chat.clock().advance(Duration.ofDays(1));

    assertThat(sender.sendDue()).isEqualTo(1);
    chat.clock().advance(Duration.ofDays(3));
    assertThat(sender.sendDue()).isZero();

    assertThat(channel.sent).hasSize(2);
    assertThat(((TextReply) channel.sent.get(1).get(0)).text()).contains("påminnelse");
  }

  @Test
  void theReminderIsCancelledWhenTheLeaderAnsweredInTime() {
    duePost(chat.clock().instant());
    sender.sendDue();
    chat.as(leader);
    chat.says("Forventet motstand, fikk støtte");
    chat.clicks("4");
    chat.clicks(chat.onScreen().options().get(0).label());
    chat.says("Snakk med gruppelederne først");
    chat.clicks(chat.onScreen().options().get(0).label());
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.COMPLETED);
    chat.clock().advance(Duration.ofDays(1));

    sender.sendDue();

    assertThat(channel.sent).hasSize(1);
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.CANCELLED, 5))
        .singleElement()
        .satisfies(n -> assertThat(n.reason()).isEqualTo("flow finished or cancelled"));
  }

  @Test
  void anUnreachableLeaderFailsTheNudgeWithTheReasonAndIsNotRetried() {
    channel.outcome = Delivery.unreachable("app removed");
    Nudge nudge = duePost(chat.clock().instant());

    sender.sendDue();
    chat.clock().advance(Duration.ofHours(1));
    sender.sendDue();

    assertThat(statusOf(nudge)).isEqualTo(NudgeStatus.FAILED);
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.FAILED, 5).get(0).reason())
        .isEqualTo("unreachable: app removed");
    assertThat(channel.attempts).isEqualTo(1);
  }

  @Test
  void aTransientFailureIsRetriedLaterAndGivenUpAfterThreeAttempts() {
    channel.outcome = Delivery.failed("503 from the platform");
    Nudge nudge = duePost(chat.clock().instant());

    sender.sendDue();
    assertThat(statusOf(nudge)).isEqualTo(NudgeStatus.PLANNED);
    for (int i = 0; i < 3; i++) {
      chat.clock().advance(Duration.ofMinutes(16));
      sender.sendDue();
    }

    assertThat(channel.attempts).isEqualTo(3);
    assertThat(statusOf(nudge)).isEqualTo(NudgeStatus.FAILED);
  }

  private Nudge dueMeetingEnded(Leader follower) {
    Nudge nudge =
        Nudge.planned(
            TestTenants.LILLEVIK,
            follower.id(),
            NudgeKind.MEETING_ENDED,
            null,
            null,
            meeting.id(),
            chat.clock().instant());
    store.nudges().plan(nudge);
    return nudge;
  }

  @Test
  void aFollowerGetsTheLighterMeetingEndedTextInTheirLanguageAndNoReminder() {
    Leader ola = chat.register(aLeader().named("Ola").speaking(Language.NN));
    store
        .follows()
        .save(new Following(TestTenants.LILLEVIK, ola.id(), Set.of(meeting.bodyId()), true));
    dueMeetingEnded(ola);

    assertThat(sender.sendDue()).isEqualTo(1);

    assertThat(channel.sent)
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message).singleElement().isInstanceOf(TextReply.class);
              assertThat(((TextReply) message.get(0)).text())
                  .startsWith("Møtet i ")
                  .contains("er ferdig");
            });
    assertThat(store.nudges().upcoming(ola.id(), Instant.EPOCH, 10)).isEmpty();
  }

  @Test
  void aMeetingEndedNudgeIsCancelledWhenTheLeaderSwitchedItOff() {
    Leader ola = chat.register(aLeader().named("Ola"));
    store
        .follows()
        .save(new Following(TestTenants.LILLEVIK, ola.id(), Set.of(meeting.bodyId()), false));
    dueMeetingEnded(ola);

    sender.sendDue();

    assertThat(channel.sent).isEmpty();
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.CANCELLED, 5))
        .singleElement()
        .satisfies(n -> assertThat(n.reason()).contains("no longer followed"));
  }

  @Test
  void aNudgeOverdueByMoreThanThreeDaysExpiresUnsent() {
    Nudge nudge = duePost(chat.clock().instant().minus(Duration.ofDays(4)));

    sender.sendDue();

    assertThat(channel.attempts).isZero();
    assertThat(statusOf(nudge)).isEqualTo(NudgeStatus.EXPIRED);
  }

  @Test
  void theChannelLearnsABatchsLeadersBeforeTheirFirstDelivery() {
    duePost(chat.clock().instant());

    sender.sendDue();

    // One look-ahead per batch, naming the leader, and it came before the send.
    assertThat(channel.events).containsExactly("expect [Kari]", "send Kari");
  }

  /** A platform whose answer the test sets. */
  static final class FakeChannel implements ChatChannel {
    Delivery outcome = Delivery.delivered();
    int attempts;
    final List<List<Reply>> sent = new ArrayList<>();
    final List<String> events = new ArrayList<>();

    @Override
    public void expect(java.util.Collection<Leader> leaders) {
      events.add("expect " + leaders.stream().map(Leader::name).toList());
    }

    @Override
    public String name() {
      return "web";
    }

    @Override
    public Delivery send(Leader leader, List<Reply> replies) {
      events.add("send " + leader.name());
      attempts++;
      if (outcome.succeeded()) {
        sent.add(replies);
      }
      return outcome;
    }

    @Override
    public Delivery post(ChannelAddress address, ChannelPost post) {
      return outcome;
    }
  }
}
