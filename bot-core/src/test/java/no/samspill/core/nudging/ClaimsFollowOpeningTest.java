package no.samspill.core.nudging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.directory.Leader;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.Test;

/**
 * An instance claims only as many nudges as its platforms are about to open: with two instances
 * sharing a workspace's budget, the one whose lane is full does not hoard what the other could send
 * now.
 */
class ClaimsFollowOpeningTest {

  private static final int BATCH = 4;

  private final ChatHarness chat = new ChatHarness();
  private final List<Leader> leaders = new ArrayList<>();

  @Test
  void nudgesWaitingForTheirTurnOnOneInstanceAreNeverMoreThanABatch() throws Exception {
    for (int i = 0; i < 10; i++) {
      leaders.add(ReminderDispatch.dueReminder(chat, chat.clock().instant()));
    }
    Held slow = new Held();
    SendDueNudges full = dispatcher("full", slow);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> waiting = pool.submit(full::sendDue);
      awaitWaiting(slow, BATCH);

      // Before, the first instance claimed all ten (up to 1,000) and sat on them.
      assertThat(count(NudgeStatus.CLAIMED)).isEqualTo(BATCH);
      Held quick = new Held();
      quick.openAtOnce = true;
      assertThat(dispatcher("quick", quick).sendDue()).isEqualTo(10 - BATCH);
      assertThat(slow.waiting).hasSize(BATCH);

      slow.openAll();
      assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(BATCH);
      assertThat(count(NudgeStatus.SENT)).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }

  private long count(NudgeStatus status) {
    return leaders.stream()
        .flatMap(l -> chat.store().nudges().all(l.id()).stream())
        .filter(n -> n.status() == status)
        .count();
  }

  private static void awaitWaiting(Held channel, int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (channel.waiting.size() < n) {
      assertThat(System.nanoTime()).as("%d nudges waiting", n).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private SendDueNudges dispatcher(String instance, ChatChannel channel) {
    return ReminderDispatch.dispatcher(
        chat,
        channel,
        new SendDueNudges.Settings(
            instance, Duration.ofMinutes(20), Duration.ofMinutes(15), BATCH, 100));
  }

  /** A platform that opens a nudge when the test lets it (or at once), then delivers it. */
  private static final class Held extends DispatchOnlyChannel {
    final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    volatile boolean openAtOnce;

    @Override
    public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
      CompletableFuture<Delivery> delivery = new CompletableFuture<>();
      Runnable turn =
          () ->
              delivery.complete(
                  dispatch.opener().open().isPresent()
                      ? Delivery.delivered()
                      : Delivery.withdrawn("not opened"));
      if (openAtOnce) {
        turn.run();
      } else {
        waiting.add(turn);
      }
      return delivery;
    }

    void openAll() {
      Runnable turn;
      while ((turn = waiting.poll()) != null) {
        turn.run();
      }
    }
  }
}
