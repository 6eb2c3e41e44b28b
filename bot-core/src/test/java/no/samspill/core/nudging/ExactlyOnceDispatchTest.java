package no.samspill.core.nudging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.delivery.Pacer;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.ManualTimer;
import no.samspill.core.testing.MutableClock;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.Test;

/**
 * Dispatchers on one store against a platform that paces like Slack (one message per second per
 * channel, a workspace limit, 429 beyond them), on a clock the test moves.
 */
class ExactlyOnceDispatchTest {

  private static final Duration LEASE = Duration.ofSeconds(20);
  private static final Pacer.Limit PER_CHANNEL = new Pacer.Limit(Duration.ofSeconds(1), 1);
  private static final Pacer.Limit PER_WORKSPACE = Pacer.Limit.perSecond(2, 2);

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final MutableClock clock = chat.clock();
  private final ManualTimer timer = new ManualTimer(clock);
  private final Platform platform = new Platform(clock);

  @Test
  void twoDispatchersWhoseBatchesOutlastTheLeaseSendEachNudgeExactlyOnce() throws Exception {
    List<Leader> leaders = dueReminders(300);
    SendDueNudges first = dispatcher("first", new PacedChannel(platform, timer, false));
    SendDueNudges second = dispatcher("second", new PacedChannel(platform, timer, false));
    Instant start = clock.instant();

    runUntilDone(first, second);

    // 300 messages at two per second take 150 s: far longer than one 20 s lease.
    assertThat(Duration.between(start, clock.instant())).isGreaterThan(LEASE.multipliedBy(5));
    assertThat(platform.throttled).isZero();
    for (Leader leader : leaders) {
      assertThat(platform.received(leader.id())).as(leader.name()).isEqualTo(1);
    }
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.SENT, 1000)).hasSize(300);
  }

  @Test
  void aNudgeSentByAnInstanceThatDiedBeforeRecordingIsSentAgainWhereTheChannelCannotLookBack()
      throws Exception {
    Leader leader = dueReminders(1).get(0);
    sentByAnInstanceThatThenDied();

    runUntilDone(dispatcher("survivor", new PacedChannel(platform, timer, false)));

    assertThat(platform.received(leader.id())).isEqualTo(2);
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.SENT, 5)).hasSize(1);
  }

  @Test
  void aNudgeSentByAnInstanceThatDiedBeforeRecordingIsRecognisedWhereTheChannelCanLookBack()
      throws Exception {
    Leader leader = dueReminders(1).get(0);
    sentByAnInstanceThatThenDied();

    runUntilDone(dispatcher("survivor", new PacedChannel(platform, timer, true)));

    assertThat(platform.received(leader.id())).isEqualTo(1);
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.SENT, 5)).hasSize(1);
  }

  @Test
  void aClaimThatWasNeverOpenedIsHandedBackOnShutdown() throws Exception {
    dueReminders(10);
    SendDueNudges stopping = dispatcher("stopping", new PacedChannel(platform, timer, false));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> run = pool.submit(stopping::sendDue);
      // Let the dispatcher claim; its nudges wait for the workspace's pace.
      while (timer.pending() == 0) {
        Thread.sleep(5);
      }
      CompletableFuture<Void> stopped = stopping.stop();
      // Handed back at once: before any waiting nudge's turn comes, another instance may take it.
      List<Nudge> atOnce = store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.PLANNED, 20);
      assertThat(atOnce).isNotEmpty().allSatisfy(n -> assertThat(n.attempts()).isZero());
      while (!run.isDone()) {
        timer.advance(Duration.ofMillis(500));
      }
      run.get(10, TimeUnit.SECONDS);
      stopped.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    List<Nudge> back = store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.PLANNED, 20);
    assertThat(back).isNotEmpty().allSatisfy(n -> assertThat(n.attempts()).isZero());
    assertThat(platform.total() + back.size()).isEqualTo(10);
    assertThat(store.nudges().find(TestTenants.LILLEVIK, NudgeStatus.CLAIMED, 20)).isEmpty();
  }

  /** Another instance claimed, began sending, reached the leader and died before recording. */
  private void sentByAnInstanceThatThenDied() {
    Nudge claimed = store.nudges().claimDue(clock.instant(), LEASE, "dead#1", 1).get(0);
    store.nudges().holdForSending(claimed, clock.instant(), LEASE).orElseThrow();
    platform.post(claimed.leaderId(), claimed.id());
    clock.advance(LEASE.plusSeconds(1));
  }

  private List<Leader> dueReminders(int count) {
    List<Leader> leaders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leaders.add(ReminderDispatch.dueReminder(chat, clock.instant()));
    }
    return leaders;
  }

  private SendDueNudges dispatcher(String instance, ChatChannel channel) {
    return ReminderDispatch.dispatcher(
        chat,
        channel,
        new SendDueNudges.Settings(instance, LEASE, Duration.ofMinutes(15), 50, 100));
  }

  /** Runs the dispatchers on their own threads while this thread moves time forward. */
  private void runUntilDone(SendDueNudges... dispatchers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(dispatchers.length);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (SendDueNudges dispatcher : dispatchers) {
        runs.add(pool.submit(dispatcher::sendDue));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!runs.stream().allMatch(Future::isDone)) {
        assertThat(System.nanoTime()).as("dispatch finished in time").isLessThan(deadline);
        timer.advance(Duration.ofMillis(100));
        Thread.sleep(1);
      }
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The platform: what each leader received, and a 429 for a second message within a second. */
  static final class Platform {
    private final MutableClock clock;
    private final Map<LeaderId, List<String>> inbox = new ConcurrentHashMap<>();
    private final Map<LeaderId, Instant> lastPost = new ConcurrentHashMap<>();
    int throttled;

    Platform(MutableClock clock) {
      this.clock = clock;
    }

    synchronized void post(LeaderId leader, String key) {
      Instant now = clock.instant();
      Instant last = lastPost.get(leader);
      if (last != null && Duration.between(last, now).compareTo(Duration.ofSeconds(1)) < 0) {
        throttled++;
        throw new Pacer.Throttled(Duration.ofSeconds(1));
      }
      lastPost.put(leader, now);
      inbox.computeIfAbsent(leader, l -> new ArrayList<>()).add(key);
    }

    synchronized boolean has(LeaderId leader, String key) {
      return inbox.getOrDefault(leader, List.of()).contains(key);
    }

    synchronized int received(LeaderId leader) {
      return inbox.getOrDefault(leader, List.of()).size();
    }

    synchronized int total() {
      return inbox.values().stream().mapToInt(List::size).sum();
    }
  }

  /** One instance's client of the platform, paced per leader's DM and per workspace. */
  static final class PacedChannel extends DispatchOnlyChannel {
    private final Platform platform;
    private final Pacer pacer;
    private final boolean canLookBack;

    PacedChannel(Platform platform, ManualTimer timer, boolean canLookBack) {
      this.platform = platform;
      this.pacer = new Pacer(Runnable::run, timer, 10_000, 5);
      this.canLookBack = canLookBack;
    }

    @Override
    public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
      List<Pacer.Lane> lanes =
          List.of(
              new Pacer.Lane("dm/" + leader.id().value(), PER_CHANNEL),
              new Pacer.Lane("workspace", PER_WORKSPACE));
      return pacer.submit(
          lanes,
          () -> {
            Optional<List<Reply>> replies = dispatch.opener().open();
            if (replies.isEmpty()) {
              return Delivery.withdrawn("not opened");
            }
            if (canLookBack
                && dispatch.earlierAttempt() != null
                && platform.has(leader.id(), dispatch.key())) {
              return Delivery.delivered();
            }
            platform.post(leader.id(), dispatch.key());
            return Delivery.delivered();
          });
    }
  }
}
