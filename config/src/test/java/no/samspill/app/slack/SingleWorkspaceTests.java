package no.samspill.app.slack;

import java.util.List;
import no.samspill.app.LogLeaks;
import no.samspill.core.delivery.ChatChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** One app with one Slack workspace (bot token) and a fake Slack, shared by a test class. */
@ExtendWith(OutputCaptureExtension.class)
abstract class SingleWorkspaceTests {

  static SlackFixture fx;

  @BeforeAll
  static void startApp() {
    fx = SlackFixture.start();
  }

  @AfterAll
  static void stopApp(CapturedOutput output) {
    fx.close();
    // Kari Slack is the name the fake Slack gives every user; the texts are the tests' answers.
    LogLeaks.assertNone(
        output,
        List.of("xoxb-test", SlackFixture.SECRET, "Kari Slack", "godt forberedt", "x".repeat(40)));
  }

  static ChatChannel slackChannel() {
    return fx.channel();
  }
}
