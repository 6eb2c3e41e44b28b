package no.samspill.core.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The sanity rules every meeting's times must pass, wherever the meeting comes from. */
public final class MeetingTimes {

  /** Nothing political in Samspill's data predates this. */
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  static final Duration LATEST_AHEAD = Duration.ofDays(5 * 366);
  static final Duration LONGEST = Duration.ofDays(3);

  private MeetingTimes() {}

  /** Why the times are not acceptable, or empty when they are. */
  public static Optional<String> problem(Instant start, Instant end, Instant now) {
    if (start == null) {
      return Optional.of("it has no start");
    }
    if (end == null) {
      return Optional.of("it has no end");
    }
    if (end.isBefore(start)) {
      return Optional.of("it ends (" + end + ") before it starts (" + start + ")");
    }
    if (start.isBefore(EARLIEST) || start.isAfter(now.plus(LATEST_AHEAD))) {
      return Optional.of("its start " + start + " is not a plausible date");
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      return Optional.of(
          "it lasts " + ChronoUnit.HOURS.between(start, end) + " hours, longer than a meeting can");
    }
    return Optional.empty();
  }
}
