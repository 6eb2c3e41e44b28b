package no.samspill.adapter.scheduling;

import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.Tenants;
import no.samspill.core.schedule.PlanNudges;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Recomputes every tenant's nudges from its meetings and cases, so moved meetings reschedule. */
@DisallowConcurrentExecution
class ReplanNudgesJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(ReplanNudgesJob.class);

  private final Tenants tenants;
  private final PlanNudges planNudges;
  private final NudgeClock clock;

  ReplanNudgesJob(Tenants tenants, PlanNudges planNudges, NudgeClock clock) {
    this.tenants = tenants;
    this.planNudges = planNudges;
    this.clock = clock;
  }

  @Override
  public void execute(JobExecutionContext context) {
    for (Tenant tenant : tenants.findAll()) {
      try {
        planNudges.replan(tenant.id());
      } catch (RuntimeException e) {
        log.error("Planning nudges for tenant {} failed", tenant.id(), e);
      }
    }
    clock.wakeAtNextDue();
  }
}
