package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the outage tests check of a running app through its web chat, health and admin API: an
 * acknowledged answer before the outage, the friendly 503 during it, and everything back after.
 */
final class OutageChecks {

  static final String TRY_AGAIN =
      "Samspill får ikke lagret eller hentet noe akkurat nå. Prøv igjen om et øyeblikk.";
  static final Duration FEW_SECONDS = Duration.ofSeconds(10);
  static final Duration RECOVERY = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(OutageChecks.class);
  private static final LeaderId PER = new LeaderId("sample-per");
  // Without its own limit a request to an app without timeouts would wait as long as the database.
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper json = JsonMapper.builder().build();

  private final ConfigurableApplicationContext app;
  private final String base;
  private final String adminToken;

  OutageChecks(ConfigurableApplicationContext app, String adminToken) {
    this.app = app;
    this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    this.adminToken = adminToken;
  }

  /** Starts a free reflection and types the answer to its first question; the reply is the ack. */
  Reflection answerFirstQuestion(String lesson) throws Exception {
    HttpResponse<String> started =
        post("/api/web/demo/start", "{\"leaderId\":\"" + PER.value() + "\",\"phase\":\"AD_HOC\"}");
    assertThat(started.statusCode()).isEqualTo(200);
    HttpResponse<String> answered = chat(lesson);
    assertThat(answered.statusCode()).isEqualTo(200);
    JsonNode replies = json.readTree(answered.body()).get("replies");
    assertThat(replies.get(replies.size() - 1).get("type").asString()).isEqualTo("question");
    return app.getBean(Reflections.class).findByLeader(PER, 1).get(0);
  }

  /** Readiness and health DOWN, liveness UP, chat and admin API a friendly 503 within seconds. */
  void duringTheOutage(String outage) throws Exception {
    long broken = System.nanoTime();
    awaitStatus("/actuator/health/readiness", 503, FEW_SECONDS);
    log.info("{}: readiness DOWN after {} ms", outage, (System.nanoTime() - broken) / 1_000_000);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
    assertTryAgainIn(timed(outage + " web chat", () -> chat("hjelp")));
    assertTryAgainIn(
        timed(outage + " admin API", () -> adminGet("/api/v1/tenants/sample-fjordvik/bodies")));
  }

  /** Readiness UP again by itself, chat answers, and the answer acknowledged before is there. */
  void afterTheOutage(String outage, Reflection acknowledged, String lesson) throws Exception {
    long restored = System.nanoTime();
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

  void awaitStatus(String path, int status, Duration within) throws Exception {
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

  private HttpResponse<String> chat(String text) throws Exception {
    return post(
        "/api/web/chat", json.writeValueAsString(Map.of("leaderId", PER.value(), "text", text)));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  private HttpResponse<String> adminGet(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + adminToken)
            .GET());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
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
