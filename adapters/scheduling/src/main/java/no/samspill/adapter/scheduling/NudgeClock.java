package no.samspill.adapter.scheduling;

import java.time.Instant;
import java.util.Date;
import no.samspill.core.schedule.Nudges;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one Quartz trigger at the next moment a nudge falls due, read from MongoDB; Quartz's own
 * state is in memory, so this is how the schedule is rebuilt after a restart.
 */
final class NudgeClock {

  static final JobKey DISPATCH = JobKey.jobKey("dispatch-nudges", "samspill");
  static final JobKey REPLAN = JobKey.jobKey("replan-nudges", "samspill");
  private static final TriggerKey WAKE_UP = TriggerKey.triggerKey("next-due-nudge", "samspill");
  private static final Logger log = LoggerFactory.getLogger(NudgeClock.class);

  private final Scheduler scheduler;
  private final Nudges nudges;

  NudgeClock(Scheduler scheduler, Nudges nudges) {
    this.scheduler = scheduler;
    this.nudges = nudges;
  }

  void wakeAtNextDue() {
    nudges.nextWakeUp().ifPresent(this::wakeAt);
  }

  private void wakeAt(Instant when) {
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(WAKE_UP)
            .forJob(DISPATCH)
            .startAt(Date.from(when))
            .build();
    try {
      if (scheduler.checkExists(WAKE_UP)) {
        scheduler.rescheduleJob(WAKE_UP, trigger);
      } else {
        scheduler.scheduleJob(trigger);
      }
    } catch (SchedulerException e) {
      // The minute heartbeat still finds due nudges; a missed exact wake-up only delays them.
      log.warn("Could not set the next nudge wake-up: {}", e.getMessage());
    }
  }
}
