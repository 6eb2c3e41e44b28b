package no.samspill.core.digest;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: the record of which tenant's digest went out for which week. A claim with a lease makes
 * posting exactly-once across instances and retries, like a nudge.
 */
public interface DigestPosts {

  /** Claims the digest under {@code key} for this instance, unless it was posted or is held. */
  boolean claim(String key, Instant now, Duration lease, String instance);

  /** Records the outcome while this instance still holds the claim. */
  boolean finish(String key, String instance, String outcome, Instant at);
}
