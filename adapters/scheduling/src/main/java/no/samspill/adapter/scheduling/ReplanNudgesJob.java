package no.samspill.adapter.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Recomputes every tenant's nudges periodically, so moved meetings reschedule. */
@DisallowConcurrentExecution
class ReplanNudgesJob implements Job {

  private final ReplanEveryTenant replan;

  ReplanNudgesJob(ReplanEveryTenant replan) {
    this.replan = replan;
  }

  @Override
  public void execute(JobExecutionContext context) {
    replan.replan();
  }
}
