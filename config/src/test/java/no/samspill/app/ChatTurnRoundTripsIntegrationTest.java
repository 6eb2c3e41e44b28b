package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meetings;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.Turn;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many database round trips one chat turn makes, counted with the driver's command listener
 * over the web chat (the README states these bounds): a typed command and a button answer in a
 * flow. Background work is off, so every command counted is the turn's.
 */
class ChatTurnRoundTripsIntegrationTest {

  /**
   * {@code kommende} in the web chat: the leader, the conversation, the planned nudges; then two
   * per listed nudge (whether its reflection is still wanted, and its case's title).
   */
  static final int UPCOMING = 3;

  static final int PER_LISTED_NUDGE = 2;

  /** The same from Slack or Teams, which find the leader through the chat identity first. */
  static final int UPCOMING_BY_IDENTITY = UPCOMING + 1;

  /** {@code mine}: the leader, the conversation, the leader's reflections. */
  static final int MINE = 3;

  /**
   * A versioned save: one conditional replace, held under a lock (lock, replace, unlock) where the
   * server does not apply it atomically (every server but the embedded one).
   */
  static int save(ConfigurableApplicationContext app) {
    return TestApp.onEmbeddedServer(app) ? 1 : 3;
  }

  /** A button answer: the leader, the conversation, the reflection, and its save. */
  static int buttonAnswer(ConfigurableApplicationContext app) {
    return 3 + save(app);
  }

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static HttpCalls calls;
  static final JsonMapper json = JsonMapper.builder().build();
  static final DriverCommands commands = new DriverCommands();

  @BeforeAll
  static void start() {
    app =
        commands.start(
            TestApp.args(
                dir.resolve("turns.mv").toString(),
                TestApp.newDatabase(),
                "samspill.scheduling.enabled=false"));
    calls =
        new HttpCalls("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aTypedCommandMakesAtMostItsStatedRoundTrips() throws Exception {
    chat("{\"leaderId\":\"sample-per\",\"text\":\"hjelp\"}");
    int listed = listed(SampleData.PER);

    List<String> upcoming = counted("{\"leaderId\":\"sample-per\",\"text\":\"kommende\"}");
    List<String> mine = counted("{\"leaderId\":\"sample-per\",\"text\":\"mine\"}");

    assertThat(upcoming)
        .as("kommende, %d listed: %s", listed, upcoming)
        .hasSizeLessThanOrEqualTo(UPCOMING + PER_LISTED_NUDGE * listed);
    assertThat(mine).as("mine: " + mine).hasSizeLessThanOrEqualTo(MINE);
  }

  @Test
  void aTypedCommandFromAChatPlatformMakesAtMostItsStatedRoundTrips() throws Exception {
    chat("{\"leaderId\":\"sample-kari\",\"text\":\"hjelp\"}");
    ChatUser kari =
        new ChatUser(
            new ChatIdentity("web", SampleData.TENANT.value(), SampleData.KARI.value()),
            "Kari",
            null,
            "nb",
            null,
            null);
    int listed = listed(SampleData.KARI);

    Turn[] turn = new Turn[1];
    List<String> made =
        commands.during(
            "kommende by identity",
            () ->
                turn[0] =
                    app.getBean(HandleMessage.class)
                        .handle(IncomingMessage.text(kari, "kommende")));

    assertThat(turn[0].outcome()).isEqualTo(Turn.Outcome.COMMAND);
    assertThat(listed).as("the sample coordinator has nudges planned").isPositive();
    assertThat(made)
        .as("kommende, %d listed: %s", listed, made)
        .hasSizeLessThanOrEqualTo(UPCOMING_BY_IDENTITY + PER_LISTED_NUDGE * listed);
  }

  /** How many nudges {@code kommende} lists for the leader (at most ten). */
  private static int listed(LeaderId leader) {
    NudgeReasons reasons =
        new NudgeReasons(
            app.getBean(Nudges.class),
            app.getBean(Reflections.class),
            app.getBean(Meetings.class),
            app.getBean(Follows.class));
    return reasons.upcoming(leader, Instant.now(), 10).size();
  }

  @Test
  void aButtonAnswerInAFlowMakesAtMostItsStatedRoundTrips() throws Exception {
    JsonNode started =
        post("/api/web/demo/start", "{\"leaderId\":\"sample-ola\",\"phase\":\"AD_HOC\"}");
    String asked = started.get("replies").get(1).get("askedId").asString();
    JsonNode scale =
        chat(
            "{\"leaderId\":\"sample-ola\",\"text\":\"Eit møte med gruppeleiarane\","
                + "\"action\":{\"askedId\":\""
                + asked
                + "\",\"value\":\"text\"}}");
    String scaleAsked = scale.get("replies").get(0).get("askedId").asString();

    List<String> made =
        counted(
            "{\"leaderId\":\"sample-ola\",\"action\":{\"askedId\":\""
                + scaleAsked
                + "\",\"value\":\"a:4\"}}");

    assertThat(lastTurn.get("outcome").asString()).isEqualTo("NEEDS_INPUT");
    assertThat(made).as("button answer: " + made).hasSizeLessThanOrEqualTo(buttonAnswer(app));
  }

  private static JsonNode lastTurn;

  /** The commands one chat turn made, printed for the record. */
  private static List<String> counted(String body) throws Exception {
    return commands.during(body, () -> chat(body));
  }

  private static JsonNode chat(String body) throws Exception {
    return post("/api/web/chat", body);
  }

  private static JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> response = calls.post(path, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    lastTurn = json.readTree(response.body());
    return lastTurn;
  }
}
