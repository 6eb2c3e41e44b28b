package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.delivery.Pacer;
import no.samspill.core.delivery.PlatformCalls;
import no.samspill.core.delivery.SharedBudgets;
import no.samspill.core.directory.Leaders;
import no.samspill.core.reflection.Reflections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The Slack adapter's parts, present only when Slack is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(
    "!'${samspill.slack.bot-token:}'.isBlank()"
        + " or (!'${samspill.slack.client-id:}'.isBlank()"
        + " and !'${samspill.slack.client-secret:}'.isBlank())")
class SlackConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

  static final int WORK_THREADS = 8;
  static final int WORK_WAITING = 1_000;

  @Bean
  Slack slackClient(SlackProperties properties, ObjectProvider<PlatformCalls> calls) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(properties.apiUrl());
    // The bound on one call that the dispatcher's lease is checked against (longestDelivery).
    config.setHttpClientCallTimeoutMillis((int) properties.callTimeout().toMillis());
    // Counted on the HTTP client: the SDK's response listeners never see a 429.
    SlackHttpClient http =
        new SlackHttpClient(
            SlackHttpClient.buildOkHttpClient(config)
                .newBuilder()
                .addInterceptor(
                    new SlackCallCounter(calls.getIfAvailable(() -> PlatformCalls.NONE)))
                .build());
    http.setConfig(config);
    return Slack.getInstance(config, http);
  }

  /**
   * Runs what a request asks for after its ack (the engine, then replies handed to the pacer).
   * Bounded: beyond {@link #WORK_WAITING} waiting, a request is refused with a 503 before its ack
   * (Slack retries an event) instead of piling up in memory and answering ever later.
   */
  @Bean(destroyMethod = "shutdown")
  ThreadPoolExecutor slackWork() {
    return new ThreadPoolExecutor(
        WORK_THREADS,
        WORK_THREADS,
        30,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(WORK_WAITING),
        Pacer.threads("slack-work"));
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService slackPacing() {
    return new ScheduledThreadPoolExecutor(1, Pacer.threads("slack-pacing"));
  }

  /** Runs Slack's HTTP calls; bounded, so a flood is refused (and retried later), never queued. */
  @Bean(destroyMethod = "shutdown")
  ThreadPoolExecutor slackCalls(SlackProperties properties) {
    return new ThreadPoolExecutor(
        16,
        16,
        30,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(properties.maxWaiting()),
        Pacer.threads("slack-call"));
  }

  @Bean
  SlackSender slackSender(
      Slack slack,
      SlackProperties properties,
      ObjectProvider<Clock> clock,
      ScheduledExecutorService slackPacing,
      ThreadPoolExecutor slackCalls,
      ObjectProvider<SharedBudgets> budgets) {
    Pacer pacer =
        new Pacer(
            slackCalls,
            Pacer.Timer.on(slackPacing, clock.getIfAvailable(Clock::systemUTC)),
            properties.maxWaiting(),
            properties.maxAttempts(),
            budgets.getIfAvailable(SharedBudgets::alone));
    return new SlackSender(slack, properties, pacer);
  }

  @Bean
  SlackDmChannels slackDmChannels(MongoTemplate mongo, ObjectProvider<Clock> clock) {
    return new SlackDmChannels(mongo, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  SlackUsers slackUsers(Slack slack, Leaders leaders) {
    return new SlackUsers(slack, leaders);
  }

  @Bean
  SlackEventLog slackEventLog(MongoTemplate mongo, ObjectProvider<Clock> clock) {
    return new SlackEventLog(mongo, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  MongoInstallations slackInstallations(MongoTemplate mongo) {
    return new MongoInstallations(mongo);
  }

  @Bean
  SlackTokens slackTokens(SlackProperties properties, MongoInstallations installations) {
    return new SlackTokens(properties, installations);
  }

  @Bean
  AppHome slackAppHome(
      SlackUsers users,
      SlackSender sender,
      Slack slack,
      Cases cases,
      Meetings meetings,
      PoliticalBodies bodies,
      Reflections reflections,
      ObjectProvider<Clock> clock) {
    return new AppHome(
        users,
        sender,
        slack,
        new AppHome.Ports(cases, meetings, bodies, reflections),
        clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean(destroyMethod = "stop")
  App slackApp(
      SlackProperties properties,
      Slack slack,
      MongoInstallations installations,
      MongoTemplate mongo,
      ObjectProvider<Clock> clock,
      HandleMessage engine,
      SlackUsers users,
      SlackSender sender,
      SlackEventLog eventLog,
      AppHome home,
      ExecutorService slackWork) {
    if (SlackProperties.blank(properties.signingSecret()) && !properties.socketMode()) {
      log.warn("SLACK_SIGNING_SECRET is not set: every request to /slack/events will be refused.");
    }
    App app =
        SlackBolt.build(
            properties,
            slack,
            installations,
            new MongoOAuthStates(mongo, clock.getIfAvailable(Clock::systemUTC)));
    SlackConversation conversation = new SlackConversation(engine, users, slackWork, eventLog);
    new SlackEvents(conversation, sender, home).register(app);
    new SlackCommand(conversation, sender, slack).register(app);
    new SlackInteractions(conversation, sender, slack, home).register(app);
    // Bolt calls auth.test here; a bad token stops start-up with Slack's own error.
    app.start();
    log.info(
        "Slack is on ({}) at /slack/events",
        properties.singleWorkspace() ? "one workspace" : "OAuth install at /slack/install");
    return app;
  }

  @Bean
  ServletRegistrationBean<SlackEndpointServlet> slackEndpoint(App slackApp) {
    return new ServletRegistrationBean<>(new SlackEndpointServlet(slackApp), "/slack/*");
  }

  @Bean
  SlackChatChannel slackChatChannel(SlackSender sender, SlackTokens tokens, SlackDmChannels dms) {
    return new SlackChatChannel(sender, tokens, dms);
  }

  @Bean
  @ConditionalOnExpression("!'${samspill.slack.app-token:}'.isBlank()")
  SlackSocketMode slackSocketMode(SlackProperties properties, App slackApp) {
    return new SlackSocketMode(properties.appToken(), slackApp);
  }
}
