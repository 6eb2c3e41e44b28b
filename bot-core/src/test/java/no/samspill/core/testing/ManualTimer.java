package no.samspill.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.samspill.core.delivery.Pacer;

/** A pacer's timer on a test's clock: scheduled tasks run when the test moves time past them. */
public final class ManualTimer implements Pacer.Timer {

  private record Task(Instant at, long order, Runnable run) {}

  private final MutableClock clock;
  private final List<Task> tasks = new ArrayList<>();
  private long order;

  public ManualTimer(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public synchronized void schedule(Runnable task, Duration delay) {
    tasks.add(new Task(clock.instant().plus(delay), order++, task));
  }

  /** Moves the clock by {@code step} and runs every task that has come due, in time order. */
  public void advance(Duration step) {
    Instant until = clock.instant().plus(step);
    while (true) {
      Task next;
      synchronized (this) {
        next =
            tasks.stream()
                .filter(t -> !t.at().isAfter(until))
                .min(Comparator.comparing(Task::at).thenComparing(Task::order))
                .orElse(null);
        if (next == null) {
          break;
        }
        tasks.remove(next);
      }
      if (next.at().isAfter(clock.instant())) {
        clock.set(next.at());
      }
      next.run().run();
    }
    clock.set(until);
  }

  public synchronized int pending() {
    return tasks.size();
  }
}
