package no.samspill.app.slack;

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
    fx.throttleOnce("CMETRICS");
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
