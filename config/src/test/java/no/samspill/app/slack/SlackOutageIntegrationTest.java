package no.samspill.app.slack;

import static no.samspill.app.slack.SlackFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.samspill.app.DatabaseProxy;
import no.samspill.app.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack while MongoDB (MONGODB_URI's, else an embedded one) hangs: an event is acknowledged at once
 * and answered with "try again".
 */
class SlackOutageIntegrationTest {

  private static final Logger log = LoggerFactory.getLogger(SlackOutageIntegrationTest.class);

  @Test
  // Today's code would wait for the hung database as long as it hangs.
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aDirectMessageWhileTheDatabaseHangsIsAcknowledgedAtOnceAndAnsweredWithTryAgain()
      throws Exception {
    try (TestDatabase database = TestDatabase.start();
        DatabaseProxy proxy = DatabaseProxy.to(database.address());
        SlackFixture fx =
            SlackFixture.start("samspill.mongodb.uri=mongodb://127.0.0.1:" + proxy.port())) {
      fx.dm("UOUT");
      fx.sendJson(SlackPayloads.directMessage("EvOut1", "UOUT", "hjelp"));
      eventually(() -> fx.posts("DUOUT"), posts -> !posts.isEmpty());
      proxy.hang();

      long start = System.nanoTime();
      HttpResponse<String> ack =
          fx.sendJson(SlackPayloads.directMessage("EvOut2", "UOUT", "hjelp"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      log.info("Slack event acknowledged after {} ms while the database hangs", took.toMillis());

      assertThat(ack.statusCode()).isEqualTo(200);
      assertThat(took).as("acknowledged within Slack's 3 s").isLessThan(Duration.ofSeconds(3));
      List<Map<String, String>> posts = eventually(() -> fx.posts("DUOUT"), p -> p.size() > 1);
      log.info(
          "Try-again reply posted {} ms after the event", (System.nanoTime() - start) / 1_000_000);
      assertThat(posts.get(posts.size() - 1).get("text"))
          .contains("Samspill får ikke lagret eller hentet noe akkurat nå")
          .contains("Prøv igjen om et øyeblikk");
      proxy.forward();
    }
  }
}
