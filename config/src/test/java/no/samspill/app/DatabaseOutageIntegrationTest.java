package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MongoDB behind a proxy that hangs (a stopped server) or dies: web chat and admin requests answer
 * within seconds with a 503 in Norwegian, readiness goes DOWN and comes back by itself, liveness
 * stays UP, and what was acknowledged before the outage is still there afterwards.
 */
class DatabaseOutageIntegrationTest {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIntegrationTest.class);
  private static final String TOKEN = "outage-test-token-1234";
  private static final String TRY_AGAIN =
      "Samspill får ikke lagret eller hentet noe akkurat nå. Prøv igjen om et øyeblikk.";
  private static final Duration FEW_SECONDS = Duration.ofSeconds(10);
  private static final Duration RECOVERY = Duration.ofSeconds(30);
  private static final LeaderId PER = new LeaderId("sample-per");

  @TempDir static Path dir;
  static MongoServer database;
  static DatabaseProxy proxy;
  static ConfigurableApplicationContext app;
  static String base;
  // Without its own limit a request to today's code would wait as long as the database hangs.
  static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() throws Exception {
    database = new MongoServer(new MemoryBackend());
    database.bind("127.0.0.1", 0);
    proxy = DatabaseProxy.to(database.getLocalAddress());
    app =
        TestApp.start(
            dir.resolve("unused.mv"),
            TestApp.newDatabase(),
            "samspill.mongodb.uri=mongodb://127.0.0.1:" + proxy.port(),
            "samspill.admin.token=" + TOKEN);
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    proxy.close();
    database.shutdownNow();
  }

  @BeforeEach
  void databaseAnswers() throws Exception {
    proxy.forward();
    awaitStatus("/actuator/health/readiness", 200, RECOVERY);
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
    Reflection acknowledged = answerFirstQuestion(lesson);

    long broken = System.nanoTime();
    breakIt.run();

    awaitStatus("/actuator/health/readiness", 503, FEW_SECONDS);
    log.info("{}: readiness DOWN after {} ms", outage, (System.nanoTime() - broken) / 1_000_000);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
    HttpResponse<String> chat = timed(outage + " web chat", () -> chat("hjelp"));
    assertTryAgainIn(chat);
    HttpResponse<String> admin =
        timed(outage + " admin API", () -> adminGet("/api/v1/tenants/sample-fjordvik/bodies"));
    assertTryAgainIn(admin);

    long restored = System.nanoTime();
    proxy.forward();
    awaitStatus("/actuator/health/readiness", 200, RECOVERY);
    log.info("{}: readiness UP {} ms after", outage, (System.nanoTime() - restored) / 1_000_000);
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    HttpResponse<String> again = chat("hjelp");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json.readTree(again.body()).get("replies").get(0).get("text").asString())
        .contains("refleksjon");
    assertThat(app.getBean(Reflections.class).findById(acknowledged.id()))
        .hasValueSatisfying(
            r -> assertThat(r.answers()).extracting(Answer::text).containsExactly(lesson));
  }

  /** Starts a free reflection and types the answer to its first question; the reply is the ack. */
  private Reflection answerFirstQuestion(String lesson) throws Exception {
    HttpResponse<String> started =
        post("/api/web/demo/start", "{\"leaderId\":\"" + PER.value() + "\",\"phase\":\"AD_HOC\"}");
    assertThat(started.statusCode()).isEqualTo(200);
    HttpResponse<String> answered = chat(lesson);
    assertThat(answered.statusCode()).isEqualTo(200);
    JsonNode replies = json.readTree(answered.body()).get("replies");
    assertThat(replies.get(replies.size() - 1).get("type").asString()).isEqualTo("question");
    return app.getBean(Reflections.class).findByLeader(PER, 1).get(0);
  }

  private static void assertTryAgainIn(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    assertThat(response.headers().firstValue("retry-after")).isPresent();
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("detail").asString()).isEqualTo(TRY_AGAIN);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("Mongo");
  }

  private interface Call {
    HttpResponse<String> send() throws Exception;
  }

  private static HttpResponse<String> timed(String what, Call call) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = call.send();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    log.info("{}: {} after {} ms", what, response.statusCode(), took.toMillis());
    assertThat(took).as(what + " answered within a few seconds").isLessThan(FEW_SECONDS);
    return response;
  }

  private static void awaitStatus(String path, int status, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      last = get(path).statusCode();
      if (last == status) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(path + " was " + last + ", not " + status + " within " + within);
  }

  private static HttpResponse<String> chat(String text) throws Exception {
    return post(
        "/api/web/chat",
        json.writeValueAsString(java.util.Map.of("leaderId", PER.value(), "text", text)));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  private static HttpResponse<String> adminGet(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + TOKEN)
            .GET());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
