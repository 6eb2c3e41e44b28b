package no.samspill.app.slack;

import static no.samspill.app.slack.SlackFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Slack's pace of one message per second per channel holds a chatty leader's replies in a queue,
 * not in the threads that answer everybody else.
 */
class SlackFairnessIntegrationTest {

  private static final int BURST = 40;

  @Test
  void aBurstFromOneLeaderDoesNotHoldUpAnotherLeadersReply() {
    try (SlackFixture fx =
        SlackFixture.start(
            "samspill.slack.message-interval=1s",
            "samspill.slack.workspace-rate=50",
            "samspill.slack.workspace-burst=50")) {
      fx.dm("UCHATTY");
      fx.dm("UQUIET");
      for (int i = 0; i < BURST; i++) {
        fx.sendJson(SlackPayloads.directMessage("EvChatty" + i, "UCHATTY", "hjelp"));
      }
      eventually(() -> fx.posts("DUCHATTY"), p -> !p.isEmpty());

      long start = System.nanoTime();
      fx.sendJson(SlackPayloads.directMessage("EvQuiet", "UQUIET", "hjelp"));
      eventually(() -> fx.posts("DUQUIET"), p -> !p.isEmpty());
      Duration quietWaited = Duration.ofNanos(System.nanoTime() - start);

      // The chatty leader's 40 replies take 40 s at one per second; the other reply does not wait
      // for them (before the queue it waited about 35 s).
      assertThat(fx.posts("DUCHATTY")).hasSizeLessThan(BURST);
      assertThat(quietWaited).isLessThan(Duration.ofSeconds(8));
    }
  }
}
