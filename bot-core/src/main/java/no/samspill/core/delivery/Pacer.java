package no.samspill.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Paces calls to a platform without holding a thread while they wait. Each call names its lanes (a
 * channel, a workspace or tenant), each lane has a rate and a burst, and the call runs on the
 * worker pool at the first moment every lane allows; until then it waits on the timer, not on a
 * thread. A busy lane therefore delays only the calls that share it. A call the platform throttles
 * ({@link Throttled}) pushes its lanes back and waits its turn again. Each lane is kept with the
 * generic cell rate algorithm (one instant per lane), and a slot is taken only when the call runs,
 * so a call waiting for one lane never holds another lane's capacity. A shared lane (a platform's
 * budget for a tenant or workspace) is paced at this instance's share of it ({@link
 * SharedBudgets}), read each time a call asks, so a call waiting at half the rate speeds up when
 * the other instance is done.
 */
public final class Pacer {

  /** {@code burst} calls at once, then one per {@code interval}. */
  public record Limit(Duration interval, int burst) {
    public Limit {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || burst < 1) {
        throw new IllegalArgumentException("a limit needs interval >= 0 and burst >= 1");
      }
    }

    public static Limit perSecond(double calls, int burst) {
      return new Limit(Duration.ofNanos((long) (1_000_000_000L / calls)), burst);
    }

    Duration tolerance() {
      return interval.multipliedBy(burst - 1L);
    }
  }

  /**
   * One thing a platform limits on its own, such as one channel or one workspace; {@code shared}
   * when every instance sends under the same budget and each takes its share.
   */
  public record Lane(String key, Limit limit, boolean shared) {
    public Lane {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(limit, "limit");
    }

    /** A lane this instance alone sends under, such as one conversation. */
    public Lane(String key, Limit limit) {
      this(key, limit, false);
    }

    /** A budget all instances share, such as a tenant's or a workspace's. */
    public static Lane shared(String key, Limit limit) {
      return new Lane(key, limit, true);
    }
  }

  /** The clock and the delayed start of a task; a test passes one it advances by hand. */
  public interface Timer {
    Instant now();

    void schedule(Runnable task, Duration delay);

    /** The real timer: a scheduler thread and the application's clock. */
    static Timer on(ScheduledExecutorService scheduler, Clock clock) {
      return new Timer() {
        @Override
        public Instant now() {
          return clock.instant();
        }

        @Override
        public void schedule(Runnable task, Duration delay) {
          scheduler.schedule(task, Math.max(1, delay.toNanos()), TimeUnit.NANOSECONDS);
        }
      };
    }
  }

  /**
   * Thrown by a call the platform refused for now (HTTP 429): its lanes wait {@code retryAfter}.
   */
  public static final class Throttled extends RuntimeException {
    private final Duration retryAfter;

    public Throttled(Duration retryAfter) {
      super("throttled for " + retryAfter, null, false, false);
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  /** The pacer holds as many calls as it may; the caller should try again later. */
  public static final class Full extends RuntimeException {
    Full(int limit) {
      super("more than " + limit + " calls are waiting", null, false, false);
    }
  }

  private static final int CLEAN_UP_ABOVE = 50_000;

  private final Executor workers;
  private final Timer timer;
  private final SharedBudgets shares;
  private final int maxWaiting;
  private final int maxThrottles;
  private final AtomicInteger waiting = new AtomicInteger();
  private final Map<String, Instant> nextTheoretical = new HashMap<>();

  /**
   * @param maxWaiting how many calls may wait at once before {@link Full}
   * @param maxThrottles how many 429s one call may meet before it fails with the last one
   */
  public Pacer(Executor workers, Timer timer, int maxWaiting, int maxThrottles) {
    this(workers, timer, maxWaiting, maxThrottles, SharedBudgets.alone());
  }

  /** As above, with shared lanes paced at this instance's share of their budgets. */
  public Pacer(
      Executor workers, Timer timer, int maxWaiting, int maxThrottles, SharedBudgets shares) {
    this.workers = workers;
    this.timer = timer;
    this.shares = shares;
    this.maxWaiting = maxWaiting;
    this.maxThrottles = maxThrottles;
  }

  /** Runs the call when its lanes allow; the future fails with what the call threw. */
  public <T> CompletableFuture<T> submit(List<Lane> lanes, Callable<T> call) {
    return submit(lanes, 1, call);
  }

  /** As {@link #submit(List, Callable)}, for a call that costs {@code cost} slots in each lane. */
  public <T> CompletableFuture<T> submit(List<Lane> lanes, int cost, Callable<T> call) {
    CompletableFuture<T> result = new CompletableFuture<>();
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      result.completeExceptionally(new Full(maxWaiting));
      return result;
    }
    Paced<T> paced = new Paced<>(List.copyOf(lanes), Math.max(1, cost), call, result);
    paced.sharedLanes().forEach(shares::begin);
    schedule(paced, 1);
    return result;
  }

  private record Paced<T>(
      List<Lane> lanes, int cost, Callable<T> call, CompletableFuture<T> result) {

    Stream<String> sharedLanes() {
      return lanes.stream().filter(Lane::shared).map(Lane::key);
    }
  }

  /** Daemon threads for a pacer's timer or calls, so they never keep a stopping JVM alive. */
  public static ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** How many calls are waiting or running now. */
  public int waiting() {
    return waiting.get();
  }

  private <T> void schedule(Paced<T> paced, int n) {
    Instant now = timer.now();
    Instant notBefore = tryAcquire(paced.lanes(), paced.cost(), now);
    if (notBefore != null) {
      // Not this call's turn yet: try again when the slowest refusing lane allows it.
      timer.schedule(() -> schedule(paced, n), Duration.between(now, notBefore));
      return;
    }
    try {
      workers.execute(() -> attempt(paced, n));
    } catch (RejectedExecutionException e) {
      done(paced, null, new Full(maxWaiting));
    }
  }

  private <T> void attempt(Paced<T> paced, int n) {
    try {
      done(paced, paced.call().call(), null);
    } catch (Throttled throttled) {
      pushBack(paced.lanes(), timer.now().plus(throttled.retryAfter()));
      if (n >= maxThrottles) {
        done(paced, null, throttled);
      } else {
        schedule(paced, n + 1);
      }
    } catch (Exception | Error e) {
      done(paced, null, e);
    }
  }

  private <T> void done(Paced<T> paced, T value, Throwable error) {
    waiting.decrementAndGet();
    paced.sharedLanes().forEach(shares::end);
    CompletableFuture<T> result = paced.result();
    if (error == null) {
      result.complete(value);
    } else {
      result.completeExceptionally(error);
    }
  }

  /** Takes a slot in every lane if all allow a call now; else the instant to try again. */
  private synchronized Instant tryAcquire(List<Lane> lanes, int cost, Instant now) {
    if (nextTheoretical.size() > CLEAN_UP_ABOVE) {
      nextTheoretical.values().removeIf(at -> at.isBefore(now));
    }
    Instant notBefore = null;
    for (Lane lane : lanes) {
      Limit limit = limitOf(lane);
      // A call costing more than the burst is let through once the lane is idle.
      int extra = Math.min(cost, limit.burst()) - 1;
      Instant earliest =
          tat(lane, now).plus(limit.interval().multipliedBy(extra)).minus(limit.tolerance());
      if (earliest.isAfter(now) && (notBefore == null || earliest.isAfter(notBefore))) {
        notBefore = earliest;
      }
    }
    if (notBefore == null) {
      for (Lane lane : lanes) {
        nextTheoretical.put(
            lane.key(), tat(lane, now).plus(limitOf(lane).interval().multipliedBy(cost)));
      }
    }
    return notBefore;
  }

  private synchronized void pushBack(List<Lane> lanes, Instant until) {
    for (Lane lane : lanes) {
      Instant pushed = until.plus(limitOf(lane).tolerance());
      nextTheoretical.merge(lane.key(), pushed, (old, neu) -> old.isAfter(neu) ? old : neu);
    }
  }

  /** A shared lane's limit for this instance: its share of the rate and of the burst. */
  private Limit limitOf(Lane lane) {
    int instances = lane.shared() ? shares.instancesSending(lane.key()) : 1;
    return instances == 1
        ? lane.limit()
        : new Limit(
            lane.limit().interval().multipliedBy(instances),
            Math.max(1, lane.limit().burst() / instances));
  }

  private Instant tat(Lane lane, Instant now) {
    Instant tat = nextTheoretical.get(lane.key());
    return tat == null || tat.isBefore(now) ? now : tat;
  }
}
