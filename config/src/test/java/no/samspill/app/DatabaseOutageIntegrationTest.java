package no.samspill.app;

import java.nio.file.Path;
import java.util.UUID;
import no.samspill.core.reflection.Reflection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * MongoDB behind a proxy that hangs (a stopped server) or dies: web chat and admin requests answer
 * within seconds with a 503 in Norwegian, readiness goes DOWN and comes back by itself, liveness
 * stays UP, and what was acknowledged before the outage is still there afterwards. The database is
 * MONGODB_URI's server when set, else an embedded one.
 */
class DatabaseOutageIntegrationTest {

  private static final String TOKEN = "outage-test-token-1234";

  @TempDir static Path dir;
  static TestDatabase database;
  static DatabaseProxy proxy;
  static ConfigurableApplicationContext app;
  static OutageChecks checks;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.start();
    proxy = DatabaseProxy.to(database.address());
    app =
        TestApp.start(
            dir.resolve("unused.mv"),
            TestApp.newDatabase(),
            "samspill.mongodb.uri=mongodb://127.0.0.1:" + proxy.port(),
            "samspill.admin.token=" + TOKEN);
    checks = new OutageChecks(app, TOKEN);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    proxy.close();
    database.close();
  }

  @BeforeEach
  void databaseAnswers() throws Exception {
    proxy.forward();
    checks.awaitStatus("/actuator/health/readiness", 200, OutageChecks.RECOVERY);
  }

  @Test
  void aHungDatabaseFailsRequestsFastAndFriendlyUntilItAnswersAgain() throws Exception {
    survives("hung", proxy::hang);
  }

  @Test
  void aDeadDatabaseFailsRequestsFastAndFriendlyUntilItIsBack() throws Exception {
    survives("dead", proxy::die);
  }

  private void survives(String outage, Runnable breakIt) throws Exception {
    String lesson = "Før bruddet (" + outage + "): " + UUID.randomUUID();
    Reflection acknowledged = checks.answerFirstQuestion(lesson);

    breakIt.run();
    checks.duringTheOutage(outage);

    proxy.forward();
    checks.afterTheOutage(outage, acknowledged, lesson);
  }
}
