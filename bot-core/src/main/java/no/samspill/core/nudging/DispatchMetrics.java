package no.samspill.core.nudging;

import java.time.Duration;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;

/**
 * Port: what the dispatcher counts for its operators (metrics): outcomes, how late a nudge went
 * out, and how long its batches took. Never who a nudge was for or what it said.
 */
public interface DispatchMetrics {

  /** Counts nothing: for tests and tools that need no metrics. */
  DispatchMetrics NONE = new DispatchMetrics() {};

  /**
   * A nudge got its final outcome, {@code late} after it fell due (for a sent nudge, the lag from
   * due to sent).
   */
  default void finished(NudgeKind kind, NudgeStatus outcome, Duration late) {}

  /** A send failed for a while; the nudge is tried again later. */
  default void retried(NudgeKind kind) {}

  /** A batch of {@code size} nudges was claimed, in {@code took} (the database round trips). */
  default void claimed(int size, Duration took) {}

  /** Every nudge of a batch of {@code size} has an outcome, {@code took} after it was claimed. */
  default void batchDone(int size, Duration took) {}
}
