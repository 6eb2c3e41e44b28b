package no.samspill.adapter.calendar;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A clock for the read budget that moves a fixed step each time it is read, so a test's budget
 * counts the reader's steps, not the machine's speed: the same file passes or fails on a busy CI
 * machine as on an idle laptop.
 */
final class StepClock implements LongSupplier {

  private final long step;
  private long now;

  StepClock(Duration step) {
    this.step = step.toNanos();
  }

  /** A step of 0.1 ms: the default limits' budget (5 s) allows 50,000 steps. */
  static IcsCalendarReader reader(CalendarProperties.Limits limits) {
    return reader(limits, Duration.ofNanos(100_000));
  }

  static IcsCalendarReader reader(CalendarProperties.Limits limits, Duration step) {
    return new IcsCalendarReader(limits, new StepClock(step));
  }

  @Override
  public long getAsLong() {
    now += step;
    return now;
  }
}
