package no.samspill.adapter.scheduling;

import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.Tenants;
import no.samspill.core.schedule.PlanNudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Recomputes every tenant's nudges from its meetings and cases. Runs once at start-up as an
 * application runner, so the app reports ready only after it, and then periodically from Quartz.
 */
final class ReplanEveryTenant implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ReplanEveryTenant.class);

  private final Tenants tenants;
  private final PlanNudges planNudges;
  private final NudgeClock clock;
  private final SchedulingProperties properties;

  ReplanEveryTenant(
      Tenants tenants, PlanNudges planNudges, NudgeClock clock, SchedulingProperties properties) {
    this.tenants = tenants;
    this.planNudges = planNudges;
    this.clock = clock;
    this.properties = properties;
  }

  void replan() {
    for (Tenant tenant : tenants.findAll()) {
      try {
        planNudges.replan(tenant.id());
      } catch (RuntimeException e) {
        log.error("Planning nudges for tenant {} failed", tenant.id(), e);
      }
    }
    clock.wakeAtNextDue();
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      replan();
    } catch (RuntimeException e) {
      // Stored nudges still go out; a database that is away at start-up must not stop the app.
      log.error("The start-up re-plan failed; the next one runs in {}", properties.replan(), e);
    }
  }
}
