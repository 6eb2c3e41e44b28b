package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.conversation.HandleMessage;
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

  @Bean
  Slack slackClient(SlackProperties properties) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(properties.apiUrl());
    return Slack.getInstance(config);
  }

  @Bean(destroyMethod = "shutdown")
  ExecutorService slackWork() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        4,
        task -> {
          Thread thread = new Thread(task, "slack-work-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  @Bean
  SlackSender slackSender(Slack slack, SlackProperties properties, ObjectProvider<Clock> clock) {
    return new SlackSender(
        slack, properties, clock.getIfAvailable(Clock::systemUTC), d -> Thread.sleep(d.toMillis()));
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
    SlackConversation conversation = new SlackConversation(engine, users, slackWork);
    new SlackEvents(conversation, sender, eventLog, home).register(app);
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
  SlackChatChannel slackChatChannel(SlackSender sender, SlackTokens tokens) {
    return new SlackChatChannel(sender, tokens);
  }

  @Bean
  @ConditionalOnExpression("!'${samspill.slack.app-token:}'.isBlank()")
  SlackSocketMode slackSocketMode(SlackProperties properties, App slackApp) {
    return new SlackSocketMode(properties.appToken(), slackApp);
  }
}
