package no.samspill.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.core.testing.ManualTimer;
import no.samspill.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Two instances, each a pacer configured with a tenant's whole budget, sharing it through one
 * store: together they keep within it, and one that is done (or killed) leaves all of it to the
 * other. Time is moved by hand; the instances refresh every 100 ms as in production.
 */
class SharedBudgetsTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final String TENANT = "teams/tenant/t1";
  private static final Pacer.Limit TEN_PER_SECOND = Pacer.Limit.perSecond(10, 1);
  private static final Duration REFRESH = Duration.ofMillis(100);
  private static final Duration LEASE = Duration.ofSeconds(3);
  private static final Duration SETTLE = Duration.ofSeconds(1);

  private final MutableClock clock = MutableClock.at(T0);
  private final ManualTimer timer = new ManualTimer(clock);
  private final Store store = new Store();
  private final List<Instant> sent = Collections.synchronizedList(new ArrayList<>());

  /** The database's part: each instance's budgets and until when they hold. */
  private static final class Store implements SharedBudgets.Senders {
    private record Entry(Set<String> budgets, Instant until) {}

    private final Map<String, Entry> entries = new HashMap<>();
    final AtomicInteger announcements = new AtomicInteger();
    final AtomicBoolean down = new AtomicBoolean();

    @Override
    public synchronized Map<String, Integer> announce(
        String instance, Set<String> budgets, Instant until, Instant now) {
      if (down.get()) {
        throw new IllegalStateException("database unreachable");
      }
      announcements.incrementAndGet();
      if (budgets.isEmpty()) {
        entries.remove(instance);
      } else {
        entries.put(instance, new Entry(budgets, until));
      }
      Map<String, Integer> others = new HashMap<>();
      entries.forEach(
          (other, entry) -> {
            if (!other.equals(instance) && entry.until().isAfter(now)) {
              entry.budgets().forEach(b -> others.merge(b, 1, Integer::sum));
            }
          });
      return others;
    }
  }

  /**
   * One instance: its shares, refreshed every 100 ms, and its pacer; once killed, it does nothing.
   */
  private final class Instance {
    final SharedBudgets shares;
    final Pacer pacer;
    final AtomicBoolean alive = new AtomicBoolean(true);

    Instance(String name) {
      Executor whileAlive =
          task -> {
            if (alive.get()) {
              task.run();
            }
          };
      shares = new SharedBudgets(store, name, clock, LEASE, SETTLE, whileAlive);
      pacer = new Pacer(whileAlive, timer, 10_000, 3, shares);
      refreshEvery100ms();
    }

    void kill() {
      alive.set(false);
    }

    private void refreshEvery100ms() {
      timer.schedule(
          () -> {
            if (alive.get()) {
              shares.refresh();
              refreshEvery100ms();
            }
          },
          REFRESH);
    }

    List<CompletableFuture<Instant>> send(int calls) {
      List<CompletableFuture<Instant>> done = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        done.add(
            pacer.submit(
                List.of(Pacer.Lane.shared(TENANT, TEN_PER_SECOND)),
                () -> {
                  sent.add(clock.instant());
                  return clock.instant();
                }));
      }
      return done;
    }
  }

  @Test
  void twoInstancesTogetherKeepWithinTheTenantsBudget() {
    Instance a = new Instance("a");
    Instance b = new Instance("b");

    a.send(100);
    b.send(100);
    timer.advance(Duration.ofSeconds(40));

    assertThat(sent).hasSize(200);
    // Ten per second between them, and at most one more while A has not yet read that B started.
    assertThat(mostInAnySecond()).isLessThanOrEqualTo(11);
    assertThat(last()).isBefore(T0.plusSeconds(21));
  }

  @Test
  void theInstanceLeftSendingTakesTheWholeBudgetOnceTheOtherIsDone() {
    Instance a = new Instance("a");
    Instance b = new Instance("b");

    List<CompletableFuture<Instant>> fromA = a.send(150);
    List<CompletableFuture<Instant>> fromB = b.send(50);
    timer.advance(Duration.ofSeconds(60));

    assertThat(mostInAnySecond()).isLessThanOrEqualTo(11);
    // B's 50 at five per second; then A alone at ten, one platform window after B stopped, so the
    // 200 take about 21 s where a fixed half each would keep A at five per second for 30 s.
    Instant bDone = fromB.get(49).join();
    assertThat(bDone).isBefore(T0.plusSeconds(11));
    assertThat(fromA.get(149).join()).isBefore(T0.plusSeconds(23));
  }

  @Test
  void anInstanceThatStopsSendingIsWithdrawnAtOnce() {
    Instance a = new Instance("a");
    Instance b = new Instance("b");
    a.send(300);
    List<CompletableFuture<Instant>> fromB = b.send(5);
    timer.advance(Duration.ofMillis(300));
    assertThat(a.shares.instancesSending(TENANT)).isEqualTo(2);

    // B's five go at five per second, the last at 0.8 s, and B withdraws then; A keeps the smaller
    // share for one platform window after it read that, and no longer.
    timer.advance(Duration.ofMillis(1_200));
    assertThat(fromB.get(4).join()).isEqualTo(T0.plusMillis(800));
    assertThat(a.shares.instancesSending(TENANT)).isEqualTo(2);
    timer.advance(Duration.ofMillis(600));
    assertThat(a.shares.instancesSending(TENANT)).isEqualTo(1);
  }

  @Test
  void aKilledInstanceCountsUntilItsWordLapsesAndOnePlatformWindowMore() {
    Instance a = new Instance("a");
    Instance b = new Instance("b");
    a.send(300);
    b.send(300);
    timer.advance(Duration.ofMillis(500));
    assertThat(a.shares.instancesSending(TENANT)).isEqualTo(2);

    // Killed while sending: B never withdraws; its last word (at most 100 ms old) holds 3 s.
    b.kill();
    timer.advance(LEASE.minus(Duration.ofMillis(600)));
    assertThat(a.shares.instancesSending(TENANT)).isEqualTo(2);
    timer.advance(Duration.ofMillis(600).plus(SETTLE).plus(REFRESH.multipliedBy(2)));
    assertThat(a.shares.instancesSending(TENANT)).isEqualTo(1);
  }

  @Test
  void anIdleInstanceTouchesNoStorage() {
    new Instance("a");
    timer.advance(Duration.ofSeconds(10));

    assertThat(store.announcements).hasValue(0);
  }

  @Test
  void withTheStorageAwayTheLastSharesHold() {
    Instance a = new Instance("a");
    Instance b = new Instance("b");
    a.send(300);
    b.send(300);
    timer.advance(Duration.ofSeconds(1));
    assertThat(a.shares.instancesSending(TENANT)).isEqualTo(2);

    store.down.set(true);
    timer.advance(Duration.ofSeconds(10));

    assertThat(a.shares.instancesSending(TENANT)).isEqualTo(2);
    assertThat(mostInAnySecond()).isLessThanOrEqualTo(11);
  }

  @Test
  void aloneEveryBudgetIsWhollyItsOwn() {
    assertThat(SharedBudgets.alone().share(TENANT, 45)).isEqualTo(45);
  }

  private int mostInAnySecond() {
    List<Instant> times = new ArrayList<>(sent);
    Collections.sort(times);
    int most = 0;
    int from = 0;
    for (int to = 0; to < times.size(); to++) {
      while (!times.get(from).plusSeconds(1).isAfter(times.get(to))) {
        from++;
      }
      most = Math.max(most, to - from + 1);
    }
    return most;
  }

  private Instant last() {
    return sent.stream().max(Instant::compareTo).orElseThrow();
  }
}
