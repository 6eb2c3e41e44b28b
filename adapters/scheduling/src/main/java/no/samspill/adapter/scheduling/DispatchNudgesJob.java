package no.samspill.adapter.scheduling;

import no.samspill.core.nudging.SendDueNudges;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends what is due, then sets the wake-up for the next due nudge. */
@DisallowConcurrentExecution
class DispatchNudgesJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(DispatchNudgesJob.class);

  private final SendDueNudges sendDueNudges;
  private final NudgeClock clock;

  DispatchNudgesJob(SendDueNudges sendDueNudges, NudgeClock clock) {
    this.sendDueNudges = sendDueNudges;
    this.clock = clock;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      int handled = sendDueNudges.sendDue();
      if (handled > 0) {
        log.info("Dealt with {} due nudges", handled);
      }
    } catch (RuntimeException e) {
      log.error("Sending due nudges failed; the next run tries again", e);
    } finally {
      clock.wakeAtNextDue();
    }
  }
}
