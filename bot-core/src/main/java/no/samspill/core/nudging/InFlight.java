package no.samspill.core.nudging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room for the nudges one dispatch run has on their way: a slot is taken per claimed nudge and
 * given back when it has an outcome. A wait for room is bounded by the lease, so a platform that
 * never answers cannot hold the dispatcher for ever.
 */
final class InFlight {

  private static final Logger log = LoggerFactory.getLogger(SendDueNudges.class);

  private final Semaphore room;
  private final int capacity;
  private final Duration lease;

  InFlight(int capacity, Duration lease) {
    this.room = new Semaphore(capacity);
    this.capacity = capacity;
    this.lease = lease;
  }

  /** Takes {@code slots}, waiting at most a lease for them; false if they did not come. */
  boolean take(int slots) {
    try {
      if (room.tryAcquire(slots, lease.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
      log.warn("Nudges still on their way after {}; dispatch goes on at the next wake-up", lease);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Takes at least {@code least} slots, waiting at most a lease for them, and then whatever more is
   * free up to {@code most}; returns how many were taken, 0 if the least did not come.
   */
  int takeUpTo(int least, int most) {
    if (!take(least)) {
      return 0;
    }
    int free = room.drainPermits();
    int more = Math.min(free, most - least);
    room.release(free - more);
    return least + more;
  }

  /** Gives back one slot the first time it runs, and nothing after. */
  Runnable oneSlot() {
    AtomicBoolean back = new AtomicBoolean();
    return () -> {
      if (back.compareAndSet(false, true)) {
        giveBack(1);
      }
    };
  }

  void giveBack(int slots) {
    room.release(slots);
  }

  /** Whether everything on its way got an outcome within {@code wait}; the room is left as is. */
  boolean allBackWithin(Duration wait) {
    try {
      if (room.tryAcquire(capacity, wait.toMillis(), TimeUnit.MILLISECONDS)) {
        room.release(capacity);
        return true;
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
