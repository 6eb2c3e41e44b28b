package no.samspill.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Correctly signed requests whose content is wrong get a 4xx or a quiet 200, never a 5xx. */
class SlackHostileInputIntegrationTest extends SingleWorkspaceTests {

  @Test
  void aSignedSlashCommandWithoutTeamIdIsNotA5xx() {
    String body =
        "token=x&channel_id=D1&channel_name=directmessage&user_id=UNOTEAM&user_name=x"
            + "&command=%2Fsamspill&text=hjelp&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr"
            + "&trigger_id=1.2.3";

    HttpResponse<String> response = fx.sendForm(body);

    assertThat(response.statusCode()).isLessThan(500);
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void signedEventsWhoseFieldsHaveTheWrongJsonTypeAreNotA5xx() {
    String[] bodies = {
      "{\"type\":\"event_callback\",\"team_id\":\"T0SAMSPILL\",\"event_id\":\"EvType1\","
          + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D1\","
          + "\"user\":{\"id\":\"U1\"},\"text\":\"hjelp\",\"ts\":\"1.2\"}}",
      "{\"type\":\"event_callback\",\"team_id\":\"T0SAMSPILL\",\"event_id\":\"EvType2\","
          + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D1\","
          + "\"user\":\"U1\",\"text\":\"hjelp\",\"ts\":[1,2]}}",
      "{\"type\":\"event_callback\",\"token\":{\"x\":1},\"team_id\":\"T0SAMSPILL\","
          + "\"event_id\":\"EvType3\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
          + "\"channel\":\"D1\",\"user\":\"U1\",\"text\":\"hjelp\",\"ts\":\"1.2\"}}",
      // Found by EdgeFuzzIntegrationTest: Bolt's own middleware failed on it with an NPE (500).
      "{\"type\":\"event_callback\",\"team_id\":\"T0SAMSPILL\",\"event_id\":\"EvType4\","
          + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D1\","
          + "\"user\":[],\"text\":\"hjelp\",\"ts\":\"1.2\"}}"
    };
    for (String body : bodies) {
      HttpResponse<String> response = fx.sendJson(body);

      assertThat(response.statusCode()).as(body).isLessThan(500);
      assertThat(response.body()).as(body).doesNotContain("Exception");
    }
  }

  @Test
  void aSignedRequestFromTheFutureIsRefused() {
    String body = SlackPayloads.directMessage("EvFuture", "UFUTURE", "hjelp");

    HttpResponse<String> response =
        fx.send(
            "application/json",
            body,
            SlackFixture.signed(body, Instant.now().plusSeconds(30L * 24 * 3600)));

    assertThat(response.statusCode()).isEqualTo(401);
  }
}
