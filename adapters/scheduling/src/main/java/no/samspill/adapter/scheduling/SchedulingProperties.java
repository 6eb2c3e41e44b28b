package no.samspill.adapter.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code poll}: how often due nudges are checked besides the exact wake-ups; {@code replan}: how
 * often plans are recomputed from meetings and cases; {@code lease}: how long a claim holds.
 */
@ConfigurationProperties("samspill.scheduling")
public record SchedulingProperties(
    boolean enabled, Duration poll, Duration replan, Duration lease, Duration retryAfter) {

  public SchedulingProperties {
    poll = poll == null ? Duration.ofMinutes(1) : poll;
    replan = replan == null ? Duration.ofMinutes(10) : replan;
    lease = lease == null ? Duration.ofMinutes(5) : lease;
    retryAfter = retryAfter == null ? Duration.ofMinutes(15) : retryAfter;
  }
}
