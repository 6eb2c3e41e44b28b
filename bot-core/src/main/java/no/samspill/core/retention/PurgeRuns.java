package no.samspill.core.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: the record of which day's purge ran. A claim with a lease makes the purge run once a day
 * across instances; a holder that dies lets another take over when its lease runs out.
 */
public interface PurgeRuns {

  /** Claims the purge under {@code key} for this instance, unless it is done or held. */
  boolean claim(String key, Instant now, Duration lease, String instance);

  /** Marks the purge done, with its counts, while this instance holds the claim. */
  boolean finish(String key, String instance, String counts, Instant at);
}
