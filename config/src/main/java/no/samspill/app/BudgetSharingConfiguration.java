package no.samspill.app;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.samspill.core.delivery.Pacer;
import no.samspill.core.delivery.SharedBudgets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instances share each platform budget (a Teams tenant's, a Slack workspace's) through the
 * database, so each is configured with the platform's figure rather than its part of it.
 */
@Configuration(proxyBeanMethods = false)
class BudgetSharingConfiguration {

  /** How often a sending instance renews its word and reads the others'. */
  static final Duration REFRESH = Duration.ofMillis(100);

  /** An instance that stopped renewing (killed) counts this long: thirty refreshes. */
  static final Duration LEASE = Duration.ofSeconds(3);

  /** The platforms' counting window (Teams: per second): a stopped sender's sends still count. */
  static final Duration SETTLE = Duration.ofSeconds(1);

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService budgetSharing() {
    return Executors.newSingleThreadScheduledExecutor(Pacer.threads("budget-sharing"));
  }

  @Bean
  SharedBudgets sharedBudgets(
      SharedBudgets.Senders senders, Clock clock, ScheduledExecutorService budgetSharing) {
    SharedBudgets shares =
        new SharedBudgets(
            senders,
            "samspill-" + UUID.randomUUID().toString().substring(0, 8),
            clock,
            LEASE,
            SETTLE,
            budgetSharing);
    budgetSharing.scheduleWithFixedDelay(
        shares::refresh, REFRESH.toMillis(), REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    return shares;
  }
}
