package no.samspill.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static no.samspill.app.slack.SlackFixture.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChannelAddress;
import org.junit.jupiter.api.Test;

/** Every answer of Slack's Web API is counted by method and status: a 429 shows as a 429. */
class SlackCallMetricsIntegrationTest extends SingleWorkspaceTests {

  @Test
  void aThrottledPostIsCountedAsA429AndItsRetryAsA200() {
    fx.slack.stubFor(
        post("/api/chat.postMessage")
            .atPriority(1)
            .withRequestBody(containing("channel=CMETRICS"))
            .inScenario("metrics rate limit")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("limited once"));
    fx.slack.stubFor(
        post("/api/chat.postMessage")
            .atPriority(1)
            .withRequestBody(containing("channel=CMETRICS"))
            .inScenario("metrics rate limit")
            .whenScenarioStateIs("limited once")
            .willReturn(okJson("{\"ok\":true,\"channel\":\"CMETRICS\",\"ts\":\"1.3\"}")));
    long throttledBefore = calls("429");
    long okBefore = calls("200");

    Delivery delivery =
        slackChannel()
            .post(
                new ChannelAddress("slack", TEAM, "CMETRICS", "metrics"),
                new ChannelPost("Digest", "Text", null, null));

    assertThat(delivery.succeeded()).isTrue();
    assertThat(calls("429") - throttledBefore).isOne();
    assertThat(calls("200") - okBefore).isOne();
  }

  private static long calls(String status) {
    Timer timer =
        fx.bean(MeterRegistry.class)
            .find("samspill.platform.calls")
            .tags("platform", "slack", "method", "chat.postMessage", "status", status)
            .timer();
    return timer == null ? 0 : timer.count();
  }
}
