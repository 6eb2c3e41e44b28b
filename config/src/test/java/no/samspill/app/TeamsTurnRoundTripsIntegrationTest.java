package no.samspill.app;

import static no.samspill.testing.teams.FakeBotFramework.lastCard;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How many database round trips one inbound Teams turn makes, counted with the driver's command
 * listener through the real {@code /api/messages} endpoint and Bot Framework SDK, the Connector
 * faked at its HTTP boundary (the README states these bounds). Background work is off, so every
 * command counted is the turn's.
 */
class TeamsTurnRoundTripsIntegrationTest {

  /**
   * A typed {@code mine} from a leader who has written before: the engine's (the chat identity,
   * then as in the web chat); the personal chat is not written again and nobody is looked up twice.
   */
  static final int TYPED_COMMAND = ChatTurnRoundTripsIntegrationTest.MINE + 1;

  /**
   * A button answer whose reply asks the next question: the engine's, plus the open card swapped
   * for the new one (one call that hands back the old).
   */
  static int buttonAnswer() {
    return ChatTurnRoundTripsIntegrationTest.buttonAnswer(app) + 1 + 1;
  }

  /**
   * A free-text answer typed in the chat, the next question in the reply: the engine's 9 (the chat
   * identity, the leader, the conversation, the active reflection twice (which question the text
   * answers, then the answer), the tenant's known politicians for the name notice, the save under
   * its lock where the server needs one), plus the swap, which also hands back the card the text
   * answered, to freeze it.
   */
  static int typedAnswer() {
    return 6 + ChatTurnRoundTripsIntegrationTest.save(app) + 1;
  }

  @TempDir static Path dir;
  static FakeBotFramework fake;
  static ConfigurableApplicationContext app;
  static String endpoint;
  static final HttpClient http = HttpClient.newHttpClient();
  static final DriverCommands commands = new DriverCommands();

  @BeforeAll
  static void start() {
    fake = new FakeBotFramework();
    String[] extra = new String[fake.properties().length + 1];
    System.arraycopy(fake.properties(), 0, extra, 0, fake.properties().length);
    extra[extra.length - 1] = "samspill.scheduling.enabled=false";
    app =
        commands.start(
            TestApp.args(dir.resolve("teams-turns.mv").toString(), TestApp.newDatabase(), extra));
    endpoint =
        "http://localhost:"
            + app.getEnvironment().getProperty("local.server.port")
            + "/api/messages";
  }

  @AfterAll
  static void stop() {
    app.close();
    fake.close();
  }

  @Test
  void aTypedCommandMakesAtMostItsStatedRoundTrips() throws Exception {
    String leader = someone();
    send(as(leader).text("hjelp"));

    List<String> mine = commands.during("Teams mine", () -> send(as(leader).text("mine")));

    assertThat(mine).as("mine: " + mine).hasSizeLessThanOrEqualTo(TYPED_COMMAND);
  }

  @Test
  void aButtonAnswerAndATypedAnswerMakeAtMostTheirStatedRoundTrips() throws Exception {
    String leader = someone();
    // No cases yet, so "refleksjon" opens a free reflection at once: a question to type into.
    JsonNode situation = lastCard(send(as(leader).text("refleksjon"), "card-situation"));
    assertThat(situation).as("the first question").isNotNull();

    List<JsonNode> afterTyping = new ArrayList<>();
    List<String> typed =
        commands.during(
            "Teams typed answer",
            () ->
                afterTyping.addAll(
                    send(as(leader).text("Rolle, ikke navn: gruppeleder"), "card-scale")));
    JsonNode scale = lastCard(afterTyping);
    assertThat(fake.updatesAtLeast(1)).as("the typed answer froze its card").hasSize(1);
    assertThat(fake.updates().get(0).getUrl()).endsWith("/activities/card-situation");

    String value = valueStartingWith(scale, "a:");
    List<String> clicked =
        commands.during(
            "Teams button answer",
            () ->
                send(as(leader).replyTo("card-scale").submit(askedId(scale), value), "card-next"));
    assertThat(lastCard(fake.sentActivities())).as("the next question").isNotNull();

    assertThat(typed).as("typed answer: " + typed).hasSizeLessThanOrEqualTo(typedAnswer());
    assertThat(clicked).as("button answer: " + clicked).hasSizeLessThanOrEqualTo(buttonAnswer());
  }

  /** A leader of their own (an AAD object id), so runs sharing one database do not meet. */
  private static String someone() {
    return "aad-trips-" + UUID.randomUUID();
  }

  private static TeamsPayloads as(String aadObjectId) {
    return TeamsPayloads.personal(fake.serviceUrl()).from(aadObjectId, "Tora Lie");
  }

  /** Posts an activity with a valid token; Teams names each question card {@code cardId}. */
  private static List<JsonNode> send(String activity, String cardId) throws Exception {
    fake.reset();
    fake.stub(
        WireMock.post(WireMock.urlPathMatching("/v3/conversations/.+/activities.*"))
            .atPriority(1)
            .withRequestBody(WireMock.containing("Action.Submit"))
            .willReturn(WireMock.okJson("{\"id\":\"" + cardId + "\"}")));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + fake.validToken())
                .POST(HttpRequest.BodyPublishers.ofString(activity))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return fake.sentActivities();
  }

  private static List<JsonNode> send(String activity) throws Exception {
    return send(activity, "card");
  }

  private static String askedId(JsonNode card) {
    return card.findValue("data").get("askedId").asText();
  }

  private static String valueStartingWith(JsonNode card, String prefix) {
    return card.findValues("data").stream()
        .map(data -> data.get("value").asText())
        .filter(v -> v.startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
