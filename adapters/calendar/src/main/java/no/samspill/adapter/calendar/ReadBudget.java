package no.samspill.adapter.calendar;

import java.time.Duration;
import java.util.function.LongSupplier;
import no.samspill.core.imports.ImportLimitException;

/**
 * What reading one file may still make and spend; each step past a limit throws, so a hostile file
 * stops at the limit instead of filling memory or a worker's time.
 */
final class ReadBudget {

  private final CalendarProperties.Limits limits;
  private final LongSupplier nanos;
  private final long deadline;
  private int meetings;

  /** {@code nanos} is a monotonic clock: {@code System::nanoTime}, or a test's. */
  ReadBudget(CalendarProperties.Limits limits, LongSupplier nanos) {
    this.limits = limits;
    this.nanos = nanos;
    this.deadline = nanos.getAsLong() + limits.budget().toNanos();
  }

  int occurrences() {
    return limits.occurrences();
  }

  void events(int count) {
    if (count > limits.events()) {
      throw new ImportLimitException(
          "events",
          String.valueOf(limits.events()),
          "The file has "
              + count
              + " events; one import reads at most "
              + limits.events()
              + ". Split the file.");
    }
  }

  /** One more meeting made. */
  void meeting() {
    if (++meetings > limits.meetings()) {
      throw new ImportLimitException(
          "meetings",
          String.valueOf(limits.meetings()),
          "The file would make more than "
              + limits.meetings()
              + " meetings; one import makes at most "
              + limits.meetings()
              + ". Split the file or shorten its recurring events.");
    }
    spent();
  }

  void tooManyOccurrences(String uid) {
    throw new ImportLimitException(
        "occurrences",
        String.valueOf(limits.occurrences()),
        "The event with UID "
            + uid
            + " recurs more than "
            + limits.occurrences()
            + " times in the import window; one event may make at most "
            + limits.occurrences()
            + " meetings. Give its RRULE an end (UNTIL or COUNT).");
  }

  /** Throws once the time is up. */
  void spent() {
    if (nanos.getAsLong() - deadline > 0) {
      throw new ImportLimitException(
          "budget",
          limits.budget().toString(),
          "Reading the file took longer than "
              + seconds(limits.budget())
              + "; one import may take at most that. Split the file or shorten its recurring"
              + " events.");
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
