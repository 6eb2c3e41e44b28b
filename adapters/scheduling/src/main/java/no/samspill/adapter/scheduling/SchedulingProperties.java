package no.samspill.adapter.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code poll}: how often due nudges are checked besides the exact wake-ups; {@code replan}: how
 * often plans are recomputed from meetings and cases; {@code lease}: how long a claim holds (it
 * must outlast the slowest delivery a platform allows, checked at start-up); {@code batch}: nudges
 * claimed per round trip; {@code maxInFlight}: nudges on their way at once per instance.
 */
@ConfigurationProperties("samspill.scheduling")
public record SchedulingProperties(
    boolean enabled,
    Duration poll,
    Duration replan,
    Duration lease,
    Duration retryAfter,
    int batch,
    int maxInFlight) {

  public SchedulingProperties {
    poll = poll == null ? Duration.ofMinutes(1) : poll;
    replan = replan == null ? Duration.ofMinutes(10) : replan;
    lease = lease == null ? Duration.ofMinutes(5) : lease;
    retryAfter = retryAfter == null ? Duration.ofMinutes(15) : retryAfter;
    batch = batch == 0 ? 200 : batch;
    maxInFlight = maxInFlight == 0 ? 1000 : maxInFlight;
    positive("SAMSPILL_SCHEDULING_POLL", poll, "1s");
    positive("SAMSPILL_SCHEDULING_REPLAN", replan, "1m");
    positive("SAMSPILL_SCHEDULING_LEASE", lease, "1s");
    positive("SAMSPILL_SCHEDULING_RETRYAFTER", retryAfter, "1s");
    if (batch < 1) {
      throw new InvalidSettingException("SAMSPILL_SCHEDULING_BATCH", "is " + batch, "1");
    }
    if (maxInFlight < batch) {
      throw new InvalidSettingException(
          "SAMSPILL_SCHEDULING_MAXINFLIGHT",
          "is " + maxInFlight + ", below the batch of " + batch,
          String.valueOf(batch));
    }
  }

  private static void positive(String variable, Duration value, String smallest) {
    if (value.isZero() || value.isNegative()) {
      throw new InvalidSettingException(
          variable, "is " + value + ", not a positive time", smallest);
    }
  }

  /** The lease must outlast one delivery from its opening to its outcome, retries included. */
  public void checkLeaseCovers(Duration longestDelivery) {
    Duration needed = longestDelivery.plusSeconds(30);
    if (lease.compareTo(needed) < 0) {
      throw new InvalidSettingException(
          "SAMSPILL_SCHEDULING_LEASE",
          "is "
              + lease.toSeconds()
              + "s; it must outlast the longest delivery at the platforms' pace and retries ("
              + longestDelivery.toSeconds()
              + "s) by 30s",
          needed.toSeconds() + "s");
    }
  }
}
