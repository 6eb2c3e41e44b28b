package no.samspill.adapter.scheduling;

import java.time.Instant;
import java.util.Date;
import no.samspill.core.directory.Tenants;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.schedule.PublicHolidays;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the holiday calendar and, unless {@code samspill.scheduling.enabled=false}, the Quartz
 * jobs: dispatch on a heartbeat and at each exact due time, re-plan at start-up and periodically,
 * and the daily retention purge.
 */
@AutoConfiguration
@EnableConfigurationProperties({SchedulingProperties.class, RetentionProperties.class})
public class SchedulingAutoConfiguration {

  @Bean
  PublicHolidays publicHolidays() {
    return new NorwegianHolidays();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(
      name = "samspill.scheduling.enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class Jobs {

    @Bean
    NudgeClock nudgeClock(Scheduler scheduler, Nudges nudges) {
      return new NudgeClock(scheduler, nudges);
    }

    @Bean
    JobDetail dispatchNudgesJob() {
      return JobBuilder.newJob(DispatchNudgesJob.class)
          .withIdentity(NudgeClock.DISPATCH)
          .storeDurably()
          .build();
    }

    @Bean
    Trigger dispatchHeartbeat(SchedulingProperties properties) {
      return TriggerBuilder.newTrigger()
          .forJob(NudgeClock.DISPATCH)
          .withIdentity("dispatch-heartbeat", "samspill")
          .withSchedule(
              SimpleScheduleBuilder.simpleSchedule()
                  .withIntervalInMilliseconds(properties.poll().toMillis())
                  .repeatForever()
                  .withMisfireHandlingInstructionNextWithRemainingCount())
          .build();
    }

    @Bean
    JobDetail replanNudgesJob() {
      return JobBuilder.newJob(ReplanNudgesJob.class)
          .withIdentity(NudgeClock.REPLAN)
          .storeDurably()
          .build();
    }

    @Bean
    JobDetail postDigestJob() {
      return JobBuilder.newJob(PostDigestJob.class)
          .withIdentity("post-digests", "samspill")
          .storeDurably()
          .build();
    }

    /** Each tenant's digest time differs; checking every quarter hour finds it, once per week. */
    @Bean
    Trigger postDigestTrigger() {
      return TriggerBuilder.newTrigger()
          .forJob("post-digests", "samspill")
          .withIdentity("post-digests", "samspill")
          .startNow()
          .withSchedule(
              SimpleScheduleBuilder.simpleSchedule()
                  .withIntervalInMinutes(15)
                  .repeatForever()
                  .withMisfireHandlingInstructionNextWithRemainingCount())
          .build();
    }

    /** Rebuilds the plan from MongoDB before the app reports ready, e.g. after a restart. */
    @Bean
    ReplanEveryTenant replanEveryTenant(
        Tenants tenants,
        PlanNudges planNudges,
        NudgeClock nudgeClock,
        SchedulingProperties properties) {
      return new ReplanEveryTenant(tenants, planNudges, nudgeClock, properties);
    }

    /** The periodic re-plan; the first one ran at start-up. */
    @Bean
    Trigger replanTrigger(SchedulingProperties properties) {
      return TriggerBuilder.newTrigger()
          .forJob(NudgeClock.REPLAN)
          .withIdentity("replan", "samspill")
          .startAt(Date.from(Instant.now().plus(properties.replan())))
          .withSchedule(
              SimpleScheduleBuilder.simpleSchedule()
                  .withIntervalInMilliseconds(properties.replan().toMillis())
                  .repeatForever()
                  .withMisfireHandlingInstructionNextWithRemainingCount())
          .build();
    }
  }

  /** The daily retention purge, unless {@code samspill.retention.enabled=false}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(
      name = {"samspill.scheduling.enabled", "samspill.retention.enabled"},
      havingValue = "true",
      matchIfMissing = true)
  static class Retention {

    @Bean
    JobDetail purgeExpiredDataJob() {
      return JobBuilder.newJob(PurgeExpiredDataJob.class)
          .withIdentity("purge-expired-data", "samspill")
          .storeDurably()
          .build();
    }

    /** Looks every SAMSPILL_RETENTION_CHECK; the first look of a UTC day runs its purge. */
    @Bean
    Trigger purgeExpiredDataTrigger(RetentionProperties properties) {
      return TriggerBuilder.newTrigger()
          .forJob("purge-expired-data", "samspill")
          .withIdentity("purge-expired-data", "samspill")
          .startNow()
          .withSchedule(
              SimpleScheduleBuilder.simpleSchedule()
                  .withIntervalInMilliseconds(properties.check().toMillis())
                  .repeatForever()
                  .withMisfireHandlingInstructionNextWithRemainingCount())
          .build();
    }
  }
}
