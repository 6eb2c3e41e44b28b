package no.samspill.adapter.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.samspill.core.delivery.Pacer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Slack client against WireMock, paced in virtual time: waits are recorded, not slept. */
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

  @Test
  void postsTheMessageItsTurnMakesOnlyOnceThoughSlackThrottlesThePost() {
    slackApi.stubFor(
        post("/api/chat.postMessage")
            .inScenario("429")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("ok"));
    slackApi.stubFor(
        post("/api/chat.postMessage")
            .inScenario("429")
            .whenScenarioStateIs("ok")
            .willReturn(okJson("{\"ok\":true,\"ts\":\"2.2\"}")));
    List<String> made = new CopyOnWriteArrayList<>();

    String ts =
        sender(Duration.ZERO)
            .postAtTurn(
                "xoxb-1",
                "D1",
                () -> {
                  made.add("made");
                  return SlackSender.AtTurn.post(hello);
                },
                SlackSender.nudgeMetadata("nudge-1", 0))
            .join()
            .orElseThrow();

    assertThat(ts).isEqualTo("2.2");
    assertThat(made).hasSize(1);
    slackApi.verify(
        2,
        postRequestedFor(urlEqualTo("/api/chat.postMessage"))
            .withRequestBody(containing("samspill_nudge")));
  }

  @Test
  void readsBackWhichPartsOfANudgeAlreadyArrived() {
    slackApi.stubFor(
        post("/api/conversations.history")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"messages\":["
                        + "{\"type\":\"message\",\"ts\":\"3.1\",\"metadata\":{\"event_type\":"
                        + "\"samspill_nudge\",\"event_payload\":{\"key\":\"nudge-1\",\"part\":0}}},"
                        + "{\"type\":\"message\",\"ts\":\"3.2\",\"metadata\":{\"event_type\":"
                        + "\"samspill_nudge\",\"event_payload\":{\"key\":\"other\",\"part\":1}}},"
                        + "{\"type\":\"message\",\"ts\":\"3.3\",\"text\":\"hei\"}]}")));

    assertThat(
            sender(Duration.ZERO)
                .partsAlreadyPosted(
                    "xoxb-1", "D1", "nudge-1", Instant.parse("2026-11-29T08:00:00Z")))
        .containsExactly(0);
    slackApi.verify(
        postRequestedFor(urlEqualTo("/api/conversations.history"))
            .withRequestBody(containing("include_all_metadata=1")));
  }

  private SlackSender sender(Duration interval) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slackApi.baseUrl() + "/api/");
    SlackProperties properties =
        new SlackProperties(
            "xoxb-1", "s", null, null, null, null, null, interval, 3, null, 0, 0, null, 0);
    return new SlackSender(
        Slack.getInstance(config), properties, new Pacer(Runnable::run, timer, 100, 3));
  }

  /** Virtual time: a wait is recorded and passes at once. */
  private final Pacer.Timer timer =
      new Pacer.Timer() {
        private Instant now = Instant.parse("2026-11-29T08:00:00Z");

        @Override
        public Instant now() {
          return now;
        }

        @Override
        public void schedule(Runnable task, Duration delay) {
          waits.add(delay);
          now = now.plus(delay);
          task.run();
        }
      };
}
