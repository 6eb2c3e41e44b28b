package no.samspill.adapter.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code enabled}: whether this instance takes part in the daily retention purge; {@code check}:
 * how often it looks whether today's purge has run (the first look after midnight UTC runs it);
 * {@code lease}: how long a claim on a day's purge holds before another instance may take over.
 */
@ConfigurationProperties("samspill.retention")
public record RetentionProperties(Boolean enabled, Duration check, Duration lease) {

  public RetentionProperties {
    enabled = enabled == null || enabled;
    check = check == null ? Duration.ofHours(1) : check;
    lease = lease == null ? Duration.ofHours(1) : lease;
    positive("SAMSPILL_RETENTION_CHECK", check, Duration.ofMinutes(1), "1m");
    positive("SAMSPILL_RETENTION_LEASE", lease, Duration.ofMinutes(1), "1m");
  }

  private static void positive(String variable, Duration value, Duration least, String smallest) {
    if (value.compareTo(least) < 0) {
      throw new InvalidSettingException(variable, "is " + value + ", below " + smallest, smallest);
    }
  }
}
