package no.samspill.app.slack;

import static no.samspill.app.slack.SlackFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The work Slack requests leave after their ack is bounded: with every worker busy and the queue
 * full, a direct message is refused before its ack instead of piling up, and Slack's retry of it,
 * once there is room, is answered exactly once.
 */
class SlackWorkBoundIntegrationTest extends SingleWorkspaceTests {

  @Test
  void aDirectMessageBeyondTheBoundIsRefusedAndItsRetryIsAnsweredOnce() throws Exception {
    fx.dm("UBUSY");
    ThreadPoolExecutor work = (ThreadPoolExecutor) fx.app.getBean("slackWork");
    CountDownLatch release = new CountDownLatch(1);
    // Bounded, so an unbounded queue fails the test instead of filling the memory.
    int room =
        (int) Math.min(50_000L, work.getMaximumPoolSize() + work.getQueue().remainingCapacity());
    for (int i = 0; i < room; i++) {
      work.execute(() -> awaitQuietly(release));
    }
    String message = SlackPayloads.directMessage("EvBUSY1", "UBUSY", "hjelp");

    HttpResponse<String> refused = fx.sendJson(message);
    release.countDown();

    assertThat(refused.statusCode()).isEqualTo(503);
    Map<String, String> retry = new LinkedHashMap<>(SlackFixture.signed(message));
    retry.put("X-Slack-Retry-Num", "1");
    retry.put("X-Slack-Retry-Reason", "http_error");
    assertThat(fx.send("application/json", message, retry).statusCode()).isEqualTo(200);
    eventually(() -> fx.posts("DUBUSY").size(), n -> n >= 1);
    fx.quiet();
    assertThat(fx.posts("DUBUSY")).hasSize(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
