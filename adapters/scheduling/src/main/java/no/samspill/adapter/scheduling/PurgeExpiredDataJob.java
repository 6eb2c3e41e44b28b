package no.samspill.adapter.scheduling;

import no.samspill.core.retention.PurgeExpiredData;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the day's retention purge, unless another instance already ran it. */
@DisallowConcurrentExecution
class PurgeExpiredDataJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(PurgeExpiredDataJob.class);

  private final PurgeExpiredData purge;

  PurgeExpiredDataJob(PurgeExpiredData purge) {
    this.purge = purge;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      purge.purgeIfDue().ifPresent(p -> log.info("Retention purge done: {}", p));
    } catch (RuntimeException e) {
      log.error("The retention purge failed; the next check tries again", e);
    }
  }
}
