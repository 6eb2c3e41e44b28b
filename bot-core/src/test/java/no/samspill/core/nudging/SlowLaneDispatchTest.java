package no.samspill.core.nudging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** A nudge stuck in a slow or throttled lane does not hold back nudges falling due meanwhile. */
class SlowLaneDispatchTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final MutableClock clock = chat.clock();
  private final Map<LeaderId, CompletableFuture<Delivery>> deliveries = new ConcurrentHashMap<>();

  @Test
  void aNudgeFallingDueWhileAnotherWaitsInASlowLaneIsSentWithoutWaitingForIt() throws Exception {
    Leader slow = dueReminder(clock.instant());
    Leader later = dueReminder(clock.instant().plus(Duration.ofMinutes(5)));
    SendDueNudges dispatcher = dispatcher(slow.id());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> run = pool.submit(dispatcher::sendDue);
      CompletableFuture<Delivery> stuck = awaitDelivery(slow);

      clock.advance(Duration.ofMinutes(5));

      // Before, the dispatcher waited for everything on its way before it looked again.
      assertThat(awaitDelivery(later)).isCompleted();
      assertThat(stuck).isNotDone();
      assertThat(run).isNotDone();
      stuck.complete(Delivery.delivered());
      assertThat(run.get(10, TimeUnit.SECONDS)).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  private CompletableFuture<Delivery> awaitDelivery(Leader leader) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!deliveries.containsKey(leader.id())) {
      assertThat(System.nanoTime()).as("%s's nudge sent", leader.name()).isLessThan(deadline);
      Thread.sleep(5);
    }
    return deliveries.get(leader.id());
  }

  private Leader dueReminder(Instant due) {
    return ReminderDispatch.dueReminder(chat, due);
  }

  private SendDueNudges dispatcher(LeaderId slowLane) {
    ChatChannel channel =
        new DispatchOnlyChannel() {
          @Override
          public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
            dispatch.opener().open();
            // One leader's lane is slow: the test decides when its send completes.
            CompletableFuture<Delivery> delivery =
                leader.id().equals(slowLane)
                    ? new CompletableFuture<>()
                    : CompletableFuture.completedFuture(Delivery.delivered());
            deliveries.put(leader.id(), delivery);
            return delivery;
          }
        };
    return ReminderDispatch.dispatcher(
        chat,
        channel,
        new SendDueNudges.Settings("one", Duration.ofMinutes(20), Duration.ofMinutes(15), 50, 100));
  }
}
