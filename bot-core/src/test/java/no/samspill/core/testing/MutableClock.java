package no.samspill.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until a test moves it. */
public final class MutableClock extends Clock {

  private volatile Instant instant;
  private final ZoneId zone;

  public MutableClock(Instant instant, ZoneId zone) {
    this.instant = instant;
    this.zone = zone;
  }

  public static MutableClock at(Instant instant) {
    return new MutableClock(instant, ZoneId.of("Europe/Oslo"));
  }

  public void advance(Duration duration) {
    instant = instant.plus(duration);
  }

  public void set(Instant newInstant) {
    instant = newInstant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(instant, newZone);
  }

  @Override
  public Instant instant() {
    return instant;
  }
}
