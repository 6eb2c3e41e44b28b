package no.samspill.core.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The platform's own count, kept at the moment a call leaves: at most {@code limit} calls in any
 * {@code window} per key, as a platform counts them (a sliding window). The {@link Pacer} spreads
 * calls out when it lets them run, but the work between that moment and the wire (storage, the SDK)
 * takes longer for some calls than for others, so calls reach the platform bunched and a window can
 * overflow by a few, each answered 429 and retried a second later. This holds such a call back for
 * the few milliseconds that keep the window within its limit. It waits on the calling thread, never
 * longer than one window.
 */
public final class SendWindow {

  /** A monotonic clock in nanoseconds and a way to wait; tests pass ones they drive by hand. */
  public interface Time {
    long nanos();

    void sleep(Duration duration) throws InterruptedException;

    Time SYSTEM =
        new Time() {
          @Override
          public long nanos() {
            return System.nanoTime();
          }

          @Override
          public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
          }
        };
  }

  private static final int CLEAN_UP_ABOVE = 10_000;

  private final ToIntFunction<String> limit;
  private final long windowNanos;
  private final Time time;
  private final Map<String, Deque<Long>> sent = new HashMap<>();

  public SendWindow(int limit, Duration window, Time time) {
    this(key -> limit, window, time);
    if (limit < 1) {
      throw new IllegalArgumentException("a send window needs limit >= 1");
    }
  }

  /** As above, with each key's limit asked for at each call (a shared budget's share). */
  public SendWindow(ToIntFunction<String> limit, Duration window, Time time) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a send window needs a window > 0");
    }
    this.limit = limit;
    this.windowNanos = window.toNanos();
    this.time = time;
  }

  /** Returns when a call under {@code key} may leave now, and counts it as sent. */
  public void awaitTurn(String key) throws InterruptedException {
    long waited = 0;
    while (true) {
      long wait = tryTake(key);
      // Never more than one window: past that the platform's own answer (429) takes over.
      if (wait <= 0 || waited >= windowNanos) {
        if (wait > 0) {
          take(key);
        }
        return;
      }
      time.sleep(Duration.ofNanos(wait));
      waited += wait;
    }
  }

  /** Counts the call and returns 0, or how long until the window has room for it. */
  private synchronized long tryTake(String key) {
    long now = time.nanos();
    if (sent.size() > CLEAN_UP_ABOVE) {
      sent.values().removeIf(times -> times.isEmpty() || times.peekLast() <= now - windowNanos);
    }
    Deque<Long> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst() <= now - windowNanos) {
      times.removeFirst();
    }
    if (times.size() < Math.max(1, limit.applyAsInt(key))) {
      times.addLast(now);
      return 0;
    }
    return times.peekFirst() + windowNanos - now;
  }

  private synchronized void take(String key) {
    sent.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(time.nanos());
  }
}
