package no.samspill.adapter.teams;

import no.samspill.testing.teams.FakeBotFramework;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Starts the adapter's test app once per test class, pointed at a fresh fake Bot Framework. */
abstract class RunningTeamsAdapter {

  static FakeBotFramework fake;
  static TeamsTestApplication.Running app;
  static TeamsConversations stored;

  @BeforeAll
  static void startAdapter() {
    fake = new FakeBotFramework();
    app = TeamsTestApplication.start(fake);
    stored = app.context().getBean(TeamsConversations.class);
  }

  @AfterAll
  static void stopAdapter() {
    app.close();
    fake.close();
  }
}
