package no.samspill.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shares a platform's budget (a Teams tenant's sends per second, a Slack workspace's) among the
 * instances sending under it at the moment, so that every instance is configured with the
 * platform's figure and paces itself at its share: the budget divided by the instances sending
 * under it. Instances say which budgets they send under in the database ({@link Senders}), at once
 * when they start or stop sending under one and every refresh while they send; an instance that
 * stops saying so (stopped, killed) counts until its word lapses. When another instance stops, this
 * one keeps to the smaller share for one more platform window ({@code settle}), since the platform
 * still counts the other's last sends. Between one instance starting on a budget and the others'
 * next refresh the budget can be overdrawn for that moment; the platform's 429 and the pacer's
 * back-off cover it.
 */
public final class SharedBudgets {

  private static final Logger log = LoggerFactory.getLogger(SharedBudgets.class);

  /** Where the instances' word is kept, for every instance to read. */
  public interface Senders {
    /**
     * Records that {@code instance} sends under {@code budgets} until {@code until} (none: removes
     * its record), and returns how many other instances send under each budget at {@code now}.
     */
    Map<String, Integer> announce(String instance, Set<String> budgets, Instant until, Instant now);
  }

  private static final Senders NOBODY_ELSE = (instance, budgets, until, now) -> Map.of();

  private final Senders senders;
  private final String instance;
  private final Clock clock;
  private final Duration lease;
  private final Duration settle;
  private final Executor refresher;
  private final Map<String, Integer> sending = new HashMap<>();
  private final AtomicBoolean refreshQueued = new AtomicBoolean();
  private volatile Map<String, Integer> others = Map.of();

  /** A count of other senders still kept after it fell, until the platform's window has passed. */
  private record Fallen(int others, Instant until) {}

  private final Map<String, Fallen> fallen = new ConcurrentHashMap<>();
  private volatile Set<String> announced = Set.of();

  /**
   * @param lease how long an announcement holds without being renewed: several refreshes
   * @param settle the platform's counting window: how long a fallen count of senders still holds
   * @param refresher where a refresh asked for at once runs (not the caller's thread)
   */
  public SharedBudgets(
      Senders senders,
      String instance,
      Clock clock,
      Duration lease,
      Duration settle,
      Executor refresher) {
    this.senders = senders;
    this.instance = instance;
    this.clock = clock;
    this.lease = lease;
    this.settle = settle;
    this.refresher = refresher;
  }

  /** One instance on its own: every budget is wholly its own, and nothing is stored. */
  public static SharedBudgets alone() {
    return new SharedBudgets(
        NOBODY_ELSE, "alone", Clock.systemUTC(), Duration.ZERO, Duration.ZERO, task -> {});
  }

  /** This instance's part of {@code amount} (a rate, a burst, a window's count) of a budget. */
  public double share(String budget, double amount) {
    return amount / instancesSending(budget);
  }

  /** This instance and the others that send under {@code budget} now, as last read. */
  int instancesSending(String budget) {
    int now = others.getOrDefault(budget, 0);
    Fallen before = fallen.isEmpty() ? null : fallen.get(budget);
    if (before != null && before.others() > now && clock.instant().isBefore(before.until())) {
      return 1 + before.others();
    }
    return 1 + now;
  }

  /** A call under {@code budget} waits or runs; the first one is announced at once. */
  void begin(String budget) {
    boolean first;
    synchronized (sending) {
      first = sending.merge(budget, 1, Integer::sum) == 1;
    }
    if (first && !announced.contains(budget)) {
      refreshSoon();
    }
  }

  /** A call under {@code budget} is done; the last one is withdrawn at once. */
  void end(String budget) {
    boolean last;
    synchronized (sending) {
      last = sending.merge(budget, -1, Integer::sum) <= 0;
      if (last) {
        sending.remove(budget);
      }
    }
    if (last) {
      refreshSoon();
    }
  }

  private void refreshSoon() {
    if (refreshQueued.compareAndSet(false, true)) {
      refresher.execute(this::refresh);
    }
  }

  /**
   * Says what this instance sends under and reads what the others do; run every refresh period and
   * when a budget starts or ends. Does nothing while this instance sends nothing.
   */
  public synchronized void refresh() {
    refreshQueued.set(false);
    Set<String> now;
    synchronized (sending) {
      now = Set.copyOf(sending.keySet());
    }
    if (now.isEmpty() && announced.isEmpty()) {
      return;
    }
    Instant at = clock.instant();
    try {
      Map<String, Integer> read = Map.copyOf(senders.announce(instance, now, at.plus(lease), at));
      remember(others, read, at);
      others = read;
      announced = now;
    } catch (RuntimeException e) {
      // Storage away: the last shares hold until the next refresh reaches it.
      log.warn("Could not share the platform budgets with other instances: {}", e.toString());
    }
  }

  /** Keeps each count that fell (another instance stopped) for one more platform window. */
  private void remember(Map<String, Integer> before, Map<String, Integer> read, Instant at) {
    fallen.values().removeIf(f -> !at.isBefore(f.until()));
    before.forEach(
        (budget, count) -> {
          if (read.getOrDefault(budget, 0) < count) {
            fallen.merge(
                budget,
                new Fallen(count, at.plus(settle)),
                (old, neu) -> old.others() >= neu.others() ? old : neu);
          }
        });
  }
}
