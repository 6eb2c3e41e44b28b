package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.testing.FrameworkText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web chat's JSON API over real HTTP: good input gets replies, bad input a clear 4xx. */
@ExtendWith(OutputCaptureExtension.class)
class WebChatApiIntegrationTest {

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    app =
        TestApp.start(
            // No dispatcher: a sample nudge falling due mid-test would start a flow of its own.
            dir.resolve("web.mv"), TestApp.newDatabase(), "samspill.scheduling.enabled=false");
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop(CapturedOutput output) {
    app.close();
    List<String> secrets = new ArrayList<>(LogLeaks.SAMPLE_NAMES);
    secrets.addAll(List.of("Expected pushback", "Eit møte med gruppeleiarane"));
    LogLeaks.assertNone(output, secrets);
  }

  @Test
  void listsTheSampleMunicipalityWithItsLeaders() throws Exception {
    HttpResponse<String> response = get("/api/web/tenants");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode tenants = json.readTree(response.body());
    assertThat(tenants.get(0).get("name").asString()).isEqualTo("Fjordvik kommune");
    assertThat(tenants.get(0).get("leaders").size()).isEqualTo(4);
  }

  @Test
  void answersTypedHelpInTheLeadersLanguage() throws Exception {
    JsonNode replies =
        ok(post("/api/web/chat", "{\"leaderId\":\"sample-ola\",\"text\":\"HJELP\"}"));

    assertThat(replies.get(0).get("type").asString()).isEqualTo("text");
    assertThat(replies.get(0).get("text").asString()).contains("Dette kan du skrive til meg");
    assertThat(replies.get(0).get("text").asString()).contains("dataa dine");
  }

  @Test
  void refusesMalformedJsonWithA400ProblemAndNoStackTrace() throws Exception {
    HttpResponse<String> response = post("/api/web/chat", "{\"leaderId\": sample-kari");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at no.samspill");
  }

  @Test
  void refusesAWildcardContentTypeWithA415Problem() throws Exception {
    // application/* was found by EdgeFuzzIntegrationTest: a 500 until the filter knew it.
    for (String wildcard : java.util.List.of("*/*", "application/*", "application/*+json")) {
      HttpResponse<String> response =
          postAs("/api/web/chat", wildcard, "{\"leaderId\":\"sample-kari\",\"text\":\"hjelp\"}");

      assertThat(response.statusCode()).as(wildcard).isEqualTo(415);
      assertThat(response.headers().firstValue("content-type"))
          .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
  }

  @Test
  void answersAnUnknownLeaderInThePagesLanguageAndStoresNothing() throws Exception {
    int leadersBefore = app.getBean(Leaders.class).findByTenant(SampleData.TENANT).size();

    JsonNode turn =
        turn(post("/api/web/chat", "nn", "{\"leaderId\":\"nobody\",\"text\":\"hjelp\"}"));
    JsonNode start =
        turn(post("/api/web/demo/start", "en", "{\"leaderId\":\"gone\",\"phase\":\"PRE\"}"));

    assertThat(turn.get("outcome").asString()).isEqualTo("UNKNOWN_LEADER");
    assertThat(turn.get("language").asString()).isEqualTo("nn");
    assertThat(turn.get("replies").get(0).get("text").asString())
        .isEqualTo(Messages.get(Language.NN, "leader.unknown"));
    assertThat(start.get("replies").get(0).get("text").asString())
        .isEqualTo(Messages.get(Language.EN, "leader.unknown"));
    assertThat(app.getBean(Leaders.class).findByIdentity(webIdentity("nobody"))).isEmpty();
    assertThat(app.getBean(Leaders.class).findByTenant(SampleData.TENANT)).hasSize(leadersBefore);
  }

  @Test
  void explainsARefusedRequestInThePagesLanguage() throws Exception {
    String longText = "a".repeat(4001);
    HttpResponse<String> response =
        post(
            "/api/web/chat",
            "application/json",
            "nn",
            "{\"leaderId\":\"sample-per\",\"text\":\"" + longText + "\"}");

    assertProblem(
        response,
        400,
        "Det kom ikkje fram ei melding eg kunne lese. Skriv ho på nytt (høgst 4000 teikn).");
  }

  @Test
  void refusesAnOverLongMessageAndAnEmptyOne() throws Exception {
    String longText = "a".repeat(4001);

    assertThat(
            post("/api/web/chat", "{\"leaderId\":\"sample-per\",\"text\":\"" + longText + "\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(post("/api/web/chat", "{\"leaderId\":\"sample-per\"}").statusCode()).isEqualTo(400);
    assertThat(post("/api/web/chat", "{\"leaderId\":\"../etc\",\"text\":\"x\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void refusesAnUnknownPhaseAndAForeignCase() throws Exception {
    assertThat(
            post("/api/web/demo/start", "{\"leaderId\":\"sample-kari\",\"phase\":\"LATER\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            post(
                    "/api/web/demo/start",
                    "{\"leaderId\":\"sample-kari\",\"phase\":\"POST\",\"caseId\":\"no-such-case\"}")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aStaleButtonIsClosedAndStoresNothing() throws Exception {
    JsonNode started =
        ok(
            post(
                "/api/web/demo/start",
                "{\"leaderId\":\"sample-ingrid\",\"phase\":\"POST\",\"caseId\":\"sample-c3\"}"));
    String firstAskedId = started.get(1).get("askedId").asString();
    ok(
        post(
            "/api/web/chat",
            "{\"leaderId\":\"sample-ingrid\",\"text\":\"Expected pushback, got support\","
                + "\"action\":{\"askedId\":\""
                + firstAskedId
                + "\",\"value\":\"text\"}}"));

    JsonNode stale =
        ok(
            post(
                "/api/web/chat",
                "{\"leaderId\":\"sample-ingrid\",\"action\":{\"askedId\":\""
                    + firstAskedId
                    + "\",\"value\":\"text\"},\"text\":\"again\"}"));

    assertThat(stale.get(0).get("text").asString()).isEqualTo(Messages.get(Language.EN, "closed"));
    assertThat(lastTurn.get("outcome").asString()).isEqualTo("REFUSED_CLOSED");
    assertThat(lastTurn.get("language").asString()).isEqualTo("en");
    var stored =
        app.getBean(Reflections.class)
            .findByLeader(new no.samspill.core.directory.LeaderId("sample-ingrid"), 1)
            .get(0);
    assertThat(stored.answers()).hasSize(1);
  }

  @Test
  void reAsksWhenTheScaleValueIsOutOfRange() throws Exception {
    JsonNode started =
        ok(post("/api/web/demo/start", "{\"leaderId\":\"sample-ola\",\"phase\":\"AD_HOC\"}"));
    String asked = started.get(1).get("askedId").asString();
    JsonNode scale =
        ok(
            post(
                "/api/web/chat",
                "{\"leaderId\":\"sample-ola\",\"text\":\"Eit møte med gruppeleiarane\","
                    + "\"action\":{\"askedId\":\""
                    + asked
                    + "\",\"value\":\"text\"}}"));
    String scaleAsked = scale.get(0).get("askedId").asString();

    JsonNode again =
        ok(
            post(
                "/api/web/chat",
                "{\"leaderId\":\"sample-ola\",\"action\":{\"askedId\":\""
                    + scaleAsked
                    + "\",\"value\":\"a:9\"}}"));

    assertThat(again.get(0).get("text").asString()).isEqualTo("Svar med eit tal frå 1 til 5.");
    assertThat(again.get(1).get("askedId").asString()).isEqualTo(scaleAsked);
    assertThat(lastTurn.get("outcome").asString()).isEqualTo("INVALID_INPUT");
    assertThat(lastTurn.get("language").asString()).isEqualTo("nn");
  }

  /** The whole of the latest turn answered through {@link #ok}. */
  private static JsonNode lastTurn;

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(json.readTree(response.body()).get("detail").asString()).isEqualTo(detail);
  }

  private static JsonNode ok(HttpResponse<String> response) {
    return turn(response).get("replies");
  }

  private static JsonNode turn(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    lastTurn = json.readTree(response.body());
    return lastTurn;
  }

  private static ChatIdentity webIdentity(String leaderId) {
    return new ChatIdentity("web", SampleData.TENANT.value(), leaderId);
  }

  private static HttpResponse<String> post(String path, String language, String body)
      throws IOException, InterruptedException {
    return post(path, "application/json", language, body);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return postAs(path, "application/json", body);
  }

  private static HttpResponse<String> postAs(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return post(path, contentType, "nb", body);
  }

  private static HttpResponse<String> post(
      String path, String contentType, String language, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("content-type", contentType)
                .header("accept-language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.headers().firstValue("content-type").orElse("").contains("json")) {
      readableByAUser(json.readTree(response.body()));
    }
    return response;
  }

  /**
   * Every string a user can read in an answer (reply texts, labels, a problem's detail) is
   * Samspill's own; a problem's standard title ("Not Found") is never shown by the page.
   */
  private static void readableByAUser(JsonNode node) {
    if (node.isString()) {
      FrameworkText.assertAbsent(node.asString());
    }
    if (node.isObject() && node.has("status") && node.has("title")) {
      readableByAUser(node.path("detail"));
      return;
    }
    for (JsonNode child : node) {
      readableByAUser(child);
    }
  }
}
