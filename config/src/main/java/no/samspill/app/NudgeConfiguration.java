package no.samspill.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samspill.adapter.scheduling.SchedulingProperties;
import no.samspill.app.operations.OperationsMetrics;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.DigestCharts;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.digest.KnownPoliticians;
import no.samspill.core.digest.PairingOptIns;
import no.samspill.core.digest.SuggestConversations;
import no.samspill.core.digest.Summariser;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.imports.CalendarReader;
import no.samspill.core.imports.ImportCalendarFile;
import no.samspill.core.imports.ImportMeetings;
import no.samspill.core.nudging.MeetingEndedMessage;
import no.samspill.core.nudging.SendDueNudges;
import no.samspill.core.publishing.PlanFollowUps;
import no.samspill.core.publishing.PostWeeklyDigest;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.ChangeSchedulePolicy;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.schedule.PublicHolidays;
import no.samspill.core.schedule.SchedulePolicies;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Builds the nudge and digest use cases from the ports and whichever chat channels are configured.
 */
@Configuration(proxyBeanMethods = false)
@Import(PlanNudges.Ports.class)
class NudgeConfiguration {

  /** Each instance claims under its own name, so a lease can only be finished by its holder. */
  private final String instance = "samspill-" + UUID.randomUUID().toString().substring(0, 8);

  @Bean
  ChannelRouter channelRouter(List<ChatChannel> channels) {
    return new ChannelRouter(channels);
  }

  /** The planner's ports record is built by Spring from the beans of its components. */
  @Bean
  ChangeSchedulePolicy changeSchedulePolicy(SchedulePolicies policies, PlanNudges planNudges) {
    return new ChangeSchedulePolicy(policies, planNudges);
  }

  @Bean
  PlanNudges planNudges(
      PlanNudges.Ports ports, SchedulePolicies policies, PublicHolidays holidays, Clock clock) {
    return new PlanNudges(ports, policies, holidays, clock);
  }

  @Bean
  ImportMeetings importMeetings(
      Tenants tenants,
      PoliticalBodies bodies,
      Meetings meetings,
      PlanNudges planNudges,
      Clock clock,
      OperationsMetrics metrics) {
    return new ImportMeetings(tenants, bodies, meetings, planNudges, clock, metrics);
  }

  @Bean
  ImportCalendarFile importCalendarFile(
      ObjectProvider<CalendarReader> reader, ImportMeetings importMeetings, Clock clock) {
    return new ImportCalendarFile(reader.getIfAvailable(), importMeetings, clock);
  }

  @Bean
  PostWeeklyDigest postWeeklyDigest(
      Tenants tenants,
      Cases cases,
      Meetings meetings,
      PoliticalBodies bodies,
      PairingOptIns pairingOptIns,
      PublicHolidays holidays,
      SchedulePolicies policies,
      DigestChannels digestChannels,
      Reflections reflections,
      Leaders leaders,
      Nudges nudges,
      KnownPoliticians politicians,
      PromptCatalogue catalogue,
      Summariser summariser,
      DigestCharts charts,
      DigestPosts posts,
      ChannelRouter channels,
      SchedulingProperties properties,
      Clock clock,
      OperationsMetrics metrics) {
    return new PostWeeklyDigest(
        tenants,
        policies,
        digestChannels,
        new ComposeWeeklyDigest(
            reflections, leaders, nudges, policies, politicians, catalogue, summariser),
        new SuggestConversations(leaders, cases, meetings, bodies, pairingOptIns),
        new PlanFollowUps(leaders, reflections, nudges, policies, holidays, catalogue),
        new DigestText(catalogue),
        charts,
        metrics.countingPosts(posts),
        channels,
        new PostWeeklyDigest.Settings(instance, properties.lease()),
        clock);
  }

  @Bean
  SendDueNudges sendDueNudges(
      Nudges nudges,
      Leaders leaders,
      Reflections reflections,
      StartReflection startReflection,
      ChannelRouter channels,
      SchedulePolicies policies,
      PublicHolidays holidays,
      SchedulingProperties properties,
      Clock clock,
      Meetings meetings,
      PoliticalBodies bodies,
      Follows follows,
      OperationsMetrics metrics) {
    properties.checkLeaseCovers(channels.longestDelivery());
    return new SendDueNudges(
        nudges,
        leaders,
        new NudgeReasons(nudges, reflections, meetings, follows),
        startReflection,
        channels,
        policies,
        holidays,
        new SendDueNudges.Settings(
            instance,
            properties.lease(),
            properties.retryAfter(),
            properties.batch(),
            properties.maxInFlight()),
        clock,
        new MeetingEndedMessage(meetings, bodies),
        metrics);
  }

  /**
   * At shutdown, before anything else stops: dispatch stops claiming, hands back at once what it
   * had not opened, and finishes the sends already on their way (Spring waits for them up to
   * spring.lifecycle.timeout-per-shutdown-phase) before the platforms' pools are shut down.
   */
  @Bean
  SmartLifecycle stopDispatchFirst(SendDueNudges sendDueNudges) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        running = true;
      }

      @Override
      public void stop() {
        sendDueNudges.stop().join();
        running = false;
      }

      @Override
      public void stop(Runnable callback) {
        sendDueNudges
            .stop()
            .whenComplete(
                (done, error) -> {
                  running = false;
                  callback.run();
                });
      }

      @Override
      public boolean isRunning() {
        return running;
      }

      @Override
      public int getPhase() {
        return Integer.MAX_VALUE;
      }
    };
  }
}
