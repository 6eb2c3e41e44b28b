package no.samspill.adapter.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Slack client against WireMock; waits are recorded, never slept. */
class SlackSenderIntegrationTest {

  private final WireMockServer slackApi = new WireMockServer(options().dynamicPort());
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final SlackMessage hello = new SlackMessage("Hei", List.of());

  @BeforeEach
  void start() {
    slackApi.start();
  }

  @AfterEach
  void stop() {
    slackApi.stop();
  }

  @Test
  void waitsOutA429ForItsRetryAfterThenPosts() {
    slackApi.stubFor(
        post("/api/chat.postMessage")
            .inScenario("429")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7"))
            .willSetStateTo("ok"));
    slackApi.stubFor(
        post("/api/chat.postMessage")
            .inScenario("429")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"ok\":true,\"ts\":\"1.1\"}")));

    String ts = sender(Duration.ZERO).post("xoxb-1", "C1", hello);

    assertThat(ts).isEqualTo("1.1");
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    slackApi.verify(2, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
  }

  @Test
  void givesUpAfterItsAttemptsWhenSlackKeepsLimiting() {
    slackApi.stubFor(
        post("/api/chat.postMessage")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));

    assertThatThrownBy(() -> sender(Duration.ZERO).post("xoxb-1", "C1", hello))
        .isInstanceOf(SlackCallFailed.class)
        .satisfies(e -> assertThat(((SlackCallFailed) e).permanent()).isFalse());
    slackApi.verify(3, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
  }

  @Test
  void spacesMessagesToOneChannelButNotAcrossChannels() {
    slackApi.stubFor(
        post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"1\"}")));
    SlackSender sender = sender(Duration.ofSeconds(1));

    sender.post("xoxb-1", "C1", hello);
    sender.post("xoxb-1", "C2", hello);
    sender.post("xoxb-1", "C1", hello);

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void reportsAPermanentErrorWithoutRetrying() {
    slackApi.stubFor(
        post("/api/chat.postMessage")
            .willReturn(okJson("{\"ok\":false,\"error\":\"is_archived\"}")));

    assertThatThrownBy(() -> sender(Duration.ZERO).post("xoxb-1", "C1", hello))
        .satisfies(e -> assertThat(((SlackCallFailed) e).permanent()).isTrue());
    slackApi.verify(1, postRequestedFor(urlEqualTo("/api/chat.postMessage")));
  }

  private SlackSender sender(Duration interval) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slackApi.baseUrl() + "/api/");
    SlackProperties properties =
        new SlackProperties("xoxb-1", "s", null, null, null, null, null, interval, 3, null);
    Clock fixed = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    return new SlackSender(Slack.getInstance(config), properties, fixed, waits::add);
  }
}
