package no.samspill.adapter.teams;

import com.microsoft.bot.connector.authentication.ChannelValidation;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Pacer;
import no.samspill.core.delivery.PlatformCalls;
import no.samspill.core.delivery.SharedBudgets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires the Teams adapter. With an app id every request must carry a valid Bot Framework token;
 * without one the endpoint answers that Teams is not configured, unless unauthenticated local use
 * (Bot Framework Emulator) is switched on explicitly.
 */
@AutoConfiguration
@EnableConfigurationProperties(TeamsProperties.class)
@Import(TeamsController.class)
public class TeamsAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(TeamsAutoConfiguration.class);

  static final int TURN_THREADS = 48;
  static final int TURNS_WAITING = 500;

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService teamsExecutor() {
    return Executors.newScheduledThreadPool(4, Pacer.threads("teams"));
  }

  /**
   * Runs the Connector calls the pacer lets through; bounded, and shut down with the app. Each call
   * waits on a few database round trips and one HTTP call, so 48 keep several tenants at pace.
   */
  @Bean(destroyMethod = "shutdown")
  ThreadPoolExecutor teamsCalls() {
    return new ThreadPoolExecutor(
        48,
        48,
        30,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(20_000),
        Pacer.threads("teams-call"));
  }

  /**
   * Runs inbound turns, which wait on the engine's database round trips: as many at once as the
   * Connector calls (a turn holds a thread while it waits), and a short queue, so a flood is
   * refused with a 503 and Retry-After rather than queued without bound.
   */
  @Bean(destroyMethod = "shutdown")
  ThreadPoolExecutor teamsTurns() {
    return new ThreadPoolExecutor(
        TURN_THREADS,
        TURN_THREADS,
        30,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(TURNS_WAITING),
        Pacer.threads("teams-turn"));
  }

  @Bean
  TeamsConversations teamsConversations(MongoTemplate mongo) {
    return new MongoTeamsConversations(mongo);
  }

  @Bean
  TeamsEndpoint teamsEndpoint(
      TeamsProperties properties,
      HandleMessage handleMessage,
      TeamsConversations conversations,
      ThreadPoolExecutor teamsTurns,
      ObjectProvider<Clock> clock,
      ObjectProvider<PlatformCalls> calls) {
    if (!TeamsStartup.check(properties)) {
      return TeamsEndpoint.disabled();
    }
    Clock time = clock.getIfAvailable(Clock::systemUTC);
    Duration timeout = properties.retry().timeout();
    TeamsBot bot =
        new TeamsBot(
            new TeamsBot.Parts(
                handleMessage,
                conversations,
                new TeamInstalls(conversations, time, timeout),
                time,
                teamsTurns,
                timeout));
    // A turn may call the engine and then the Connector once per reply.
    TeamsBotAdapter adapter =
        adapter(properties, conversations, time, calls.getIfAvailable(() -> PlatformCalls.NONE));
    return new TeamsEndpoint(adapter, bot, timeout.multipliedBy(2));
  }

  @Bean
  ChatChannel teamsChatChannel(
      TeamsProperties properties,
      TeamsEndpoint endpoint,
      TeamsConversations conversations,
      ScheduledExecutorService teamsExecutor,
      ThreadPoolExecutor teamsCalls,
      ObjectProvider<Clock> clock,
      ObjectProvider<SharedBudgets> budgets) {
    if (!endpoint.enabled()) {
      return new UnconfiguredTeams();
    }
    Clock time = clock.getIfAvailable(Clock::systemUTC);
    SharedBudgets shares = budgets.getIfAvailable(SharedBudgets::alone);
    // Pacing waits on the scheduler; the Connector calls run on a bounded pool of their own.
    Pacer pacer =
        new Pacer(
            teamsCalls,
            Pacer.Timer.on(teamsExecutor, time),
            20_000,
            properties.retry().maxAttempts(),
            shares);
    return new TeamsChatChannel(
        endpoint.adapter(),
        properties.appId(),
        conversations,
        new Deliveries(properties.retry()),
        time,
        pacer,
        shares,
        properties);
  }

  private static TeamsBotAdapter adapter(
      TeamsProperties properties,
      TeamsConversations conversations,
      Clock clock,
      PlatformCalls calls) {
    if (properties.openIdMetadataUrl() != null) {
      // The SDK keeps this URL in a static field; set only for other clouds and tests.
      ChannelValidation.setOpenIdMetaDataUrl(properties.openIdMetadataUrl());
    }
    TeamsAppCredentials credentials =
        properties.configured() ? new TeamsAppCredentials(properties, clock) : null;
    log.info(
        "Microsoft Teams endpoint at /api/messages ({})",
        properties.configured() ? properties.appType() : "unauthenticated");
    return new TeamsBotAdapter(properties, credentials, conversations, clock, calls);
  }
}
