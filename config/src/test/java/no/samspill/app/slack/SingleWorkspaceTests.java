package no.samspill.app.slack;

import no.samspill.core.delivery.ChatChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One app with one Slack workspace (bot token) and a fake Slack, shared by a test class. */
abstract class SingleWorkspaceTests {

  static SlackFixture fx;

  @BeforeAll
  static void startApp() {
    fx = SlackFixture.start();
  }

  @AfterAll
  static void stopApp() {
    fx.close();
  }

  static ChatChannel slackChannel() {
    return fx.channel();
  }
}
