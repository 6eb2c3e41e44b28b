package no.samspill.app.slack;

import static no.samspill.app.slack.SlackFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The same signed request delivered twice, as a replay within the signature window would, goes
 * through the real Bolt app both times and has its effect once.
 */
class SlackReplayIntegrationTest extends SingleWorkspaceTests {

  @Test
  void aReplayedSlashCommandIsAnsweredOnce() {
    fx.dm("UREPLAY");
    String command = SlackPayloads.command("UREPLAY", "DUREPLAY", "directmessage", "hjelp", "x");
    Map<String, String> signature = SlackFixture.signed(command);

    for (int i = 0; i < 3; i++) {
      assertThat(fx.send("application/x-www-form-urlencoded", command, signature).statusCode())
          .isEqualTo(200);
    }

    eventually(() -> fx.posts("DUREPLAY").size(), n -> n >= 1);
    fx.quiet();
    assertThat(fx.posts("DUREPLAY")).hasSize(1);
  }

  @Test
  void theSameCommandSignedAgainLaterIsAnsweredAgain() {
    fx.dm("UAGAIN");
    String command = SlackPayloads.command("UAGAIN", "DUAGAIN", "directmessage", "hjelp", "x");

    fx.send(
        "application/x-www-form-urlencoded",
        command,
        SlackFixture.signed(command, java.time.Instant.now().minusSeconds(10)));
    fx.send("application/x-www-form-urlencoded", command, SlackFixture.signed(command));

    eventually(() -> fx.posts("DUAGAIN").size(), n -> n == 2);
  }

  @Test
  void aReplayedClickIsTakenOnce() {
    JsonNode nynorsk =
        SlackPayloads.JSON.readTree(
            "{\"action_id\":\"samspill.lang.nn\",\"value\":\"nn\",\"text\":{\"text\":\"Nynorsk\"}}");
    String click = SlackPayloads.click("UCLICK2", "[]", nynorsk, fx.responseUrl("c2"), false);
    Map<String, String> signature = SlackFixture.signed(click);

    fx.send("application/x-www-form-urlencoded", click, signature);
    fx.send("application/x-www-form-urlencoded", click, signature);

    eventually(() -> homePublishes("UCLICK2"), n -> n >= 1);
    fx.quiet();
    assertThat(homePublishes("UCLICK2")).isEqualTo(1);
  }

  private static long homePublishes(String user) {
    return fx.calls("views.publish").stream().filter(c -> user.equals(c.get("user_id"))).count();
  }
}
