package no.samspill.app.fuzz;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import no.samspill.app.TestApp;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input through every HTTP edge of the running app (admin API, web chat, Slack correctly
 * signed, Teams with a valid token and, in a second app, as the Emulator reaches it): never a 5xx,
 * never an exception's or framework's text in the body, every admin and web chat refusal a
 * problem+json, no request slower than {@link #SLOWEST}.
 *
 * <p>Each family runs with a fixed seed; one more property mixes them with a random seed, which
 * jqwik prints on failure. Tries per property: {@code jqwik.tries.default} (junit-platform
 * properties, 100); a long run: {@code ./mvnw -B -pl config -am verify -Dit.test=EdgeFuzz*
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.tries.default=5000}.
 */
class EdgeFuzzIntegrationTest {

  static final String TOKEN = "fuzz-admin-token";
  static final String SLACK_SECRET = "fuzz-signing-secret";
  static final String FIXED = "20261201";
  static final Duration SLOWEST = Duration.ofSeconds(5);

  /** What only a stack trace, an exception or a framework's own error page would put in a body. */
  static final Pattern LEAK =
      Pattern.compile(
          "Exception|\\tat |\\bat (java|org|com|no|tools)\\.|Whitelabel|Apache Tomcat"
              + "|org\\.springframework|tools\\.jackson|com\\.fasterxml|com\\.slack\\.api"
              + "|com\\.microsoft\\.bot|java\\.lang|Caused by");

  static Path dir;
  static WireMockServer slack;
  static FakeBotFramework teams;
  static ConfigurableApplicationContext app;
  static String base;
  // Teams as the Bot Framework Emulator reaches it: no app id, no token.
  static ConfigurableApplicationContext emulatorApp;
  static String emulatorBase;
  static List<String> leaderIds;
  static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final AtomicInteger requests = new AtomicInteger();
  static final AtomicLong slowestMillis = new AtomicLong();
  static final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  static long startedAt;

  @BeforeContainer
  static void start() throws Exception {
    dir = Files.createTempDirectory("samspill-fuzz");
    slack = new WireMockServer(options().dynamicPort());
    slack.start();
    slack.stubFor(
        post("/api/auth.test")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"team_id\":\"T0FUZZ\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}")));
    slack.stubFor(
        post("/api/users.info")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"user\":{\"id\":\"UFUZZ\",\"name\":\"f\",\"tz\":\"Europe/Oslo\","
                        + "\"locale\":\"nb-NO\",\"profile\":{\"real_name\":\"Fuzz\"}}}")));
    slack.stubFor(
        post("/api/conversations.open")
            .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"DFUZZ\"}}")));
    slack.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{\"ok\":true}")));
    teams = new FakeBotFramework();
    List<String> args = new ArrayList<>(List.of(teams.properties()));
    args.addAll(
        List.of(
            "samspill.admin.token=" + TOKEN,
            "samspill.slack.bot-token=xoxb-fuzz",
            "samspill.slack.signing-secret=" + SLACK_SECRET,
            "samspill.slack.api-url=" + slack.baseUrl() + "/api/",
            "samspill.slack.message-interval=0s",
            "samspill.scheduling.enabled=false"));
    app = TestApp.start(dir.resolve("fuzz.mv"), TestApp.newDatabase(), args.toArray(String[]::new));
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    emulatorApp =
        TestApp.start(
            dir.resolve("emulator.mv"),
            TestApp.newDatabase(),
            "samspill.teams.allow-unauthenticated=true",
            "samspill.scheduling.enabled=false");
    emulatorBase =
        "http://localhost:" + emulatorApp.getEnvironment().getProperty("local.server.port");
    JsonNode tenants =
        HostileInput.JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/web/tenants")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    leaderIds = new ArrayList<>();
    tenants.forEach(t -> t.get("leaders").forEach(l -> leaderIds.add(l.get("id").asString())));
    startedAt = System.nanoTime();
  }

  @AfterContainer
  static void stop() {
    long seconds = Duration.ofNanos(System.nanoTime() - startedAt).toSeconds();
    System.out.printf(
        "Edge fuzz: %d requests in %d s, slowest %d ms, statuses %s%n",
        requests.get(), seconds, slowestMillis.get(), new TreeMap<>(statuses));
    app.close();
    emulatorApp.close();
    slack.stop();
    teams.close();
  }

  @Property(seed = FIXED)
  void adminApi(@ForAll("admin") Fuzzed request) throws Exception {
    check(request);
  }

  @Property(seed = FIXED)
  void webChat(@ForAll("web") Fuzzed request) throws Exception {
    check(request);
  }

  @Property(seed = FIXED)
  void slackEvents(@ForAll("slack") Fuzzed request) throws Exception {
    check(request);
  }

  @Property(seed = FIXED)
  void teamsMessages(@ForAll("teams") Fuzzed request) throws Exception {
    check(request);
  }

  @Property(seed = FIXED)
  void teamsEmulatorMessages(@ForAll("teamsEmulator") Fuzzed request) throws Exception {
    check(emulatorBase, request);
  }

  /** A random seed each build; jqwik prints it when this fails, to run it again. */
  @Property
  void everyEdgeWithARandomSeed(@ForAll("anyEdge") Fuzzed request) throws Exception {
    check(request);
  }

  /**
   * One request as sent: where, how, with what; {@code problems} when refusals must be problems.
   */
  record Fuzzed(
      String method,
      String path,
      String contentType,
      Map<String, String> headers,
      String body,
      boolean problems) {

    @Override
    public String toString() {
      String shown = body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
      return method + " " + path + " [" + contentType + "] " + headers.keySet() + " " + shown;
    }
  }

  @Provide
  Arbitrary<Fuzzed> anyEdge() {
    return Arbitraries.oneOf(admin(), web(), slack(), teams());
  }

  @Provide
  Arbitrary<Fuzzed> admin() {
    return Combinators.combine(
            Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH"),
            Edges.adminPath(),
            HostileInput.contentType(),
            Edges.adminBody(),
            Arbitraries.frequency(
                Tuple.of(8, "Bearer " + TOKEN),
                Tuple.of(1, ""),
                Tuple.of(1, "Bearer wrong"),
                Tuple.of(1, "Basic Og==")))
        .as(
            (method, path, type, body, auth) ->
                new Fuzzed(
                    method,
                    path,
                    type,
                    auth.isEmpty() ? Map.of() : Map.of("Authorization", auth),
                    method.equals("GET") || method.equals("DELETE") ? null : body,
                    true));
  }

  @Provide
  Arbitrary<Fuzzed> web() {
    return Combinators.combine(
            Arbitraries.of("GET", "POST", "PUT"),
            Edges.webPath(Arbitraries.of(leaderIds)),
            HostileInput.contentType(),
            Edges.webBody(Arbitraries.of(leaderIds)))
        .as(
            (method, path, type, body) ->
                new Fuzzed(method, path, type, Map.of(), method.equals("GET") ? null : body, true));
  }

  @Provide
  Arbitrary<Fuzzed> slack() {
    return Combinators.combine(
            Arbitraries.of("application/json", "application/x-www-form-urlencoded", "text/plain"),
            Edges.slackBody(),
            Arbitraries.integers().between(-400, 400))
        .as(
            (type, body, skew) -> {
              String timestamp = String.valueOf(Instant.now().getEpochSecond() + skew);
              String signature =
                  new SlackSignature.Generator(SLACK_SECRET).generate(timestamp, body);
              return new Fuzzed(
                  "POST",
                  "/slack/events",
                  type,
                  Map.of(
                      SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp,
                      SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature),
                  body,
                  false);
            });
  }

  @Provide
  Arbitrary<Fuzzed> teamsEmulator() {
    Map<String, Object> valid =
        Edges.asMap(TeamsPayloads.personal(teams.serviceUrl()).text("hjelp"));
    return Arbitraries.frequencyOf(
            Tuple.of(4, HostileInput.mutated(valid, Edges.TEAMS_FIELDS)),
            Tuple.of(1, HostileInput.broken()))
        .map(
            body -> new Fuzzed("POST", "/api/messages", "application/json", Map.of(), body, false));
  }

  @Provide
  Arbitrary<Fuzzed> teams() {
    Map<String, Object> valid =
        Edges.asMap(TeamsPayloads.personal(teams.serviceUrl()).text("hjelp"));
    return Combinators.combine(
            Arbitraries.frequencyOf(
                Tuple.of(4, HostileInput.mutated(valid, Edges.TEAMS_FIELDS)),
                Tuple.of(1, HostileInput.broken())),
            Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just("Bearer " + teams.validToken())),
                Tuple.of(1, HostileInput.text().map(t -> "Bearer " + t))))
        .as(
            (body, auth) ->
                new Fuzzed(
                    "POST",
                    "/api/messages",
                    "application/json",
                    Map.of("Authorization", auth),
                    body,
                    false));
  }

  private static void check(Fuzzed fuzzed) throws Exception {
    check(base, fuzzed);
  }

  private static void check(String to, Fuzzed fuzzed) throws Exception {
    HttpRequest request;
    try {
      request = Edges.request(to, fuzzed);
    } catch (IllegalArgumentException notSendable) {
      // The JDK client refuses some header values itself; nothing reached the app.
      return;
    }
    long started = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    requests.incrementAndGet();
    slowestMillis.accumulateAndGet(took.toMillis(), Math::max);
    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();

    String body = response.body();
    assertThat(response.statusCode()).as("status; body: %s", body).isLessThan(500);
    assertThat(LEAK.matcher(body).find()).as("framework text in: %s", body).isFalse();
    assertThat(took).as("time taken").isLessThan(SLOWEST);
    if (fuzzed.problems() && response.statusCode() >= 400) {
      assertThat(response.headers().firstValue("Content-Type"))
          .as("content type of a %d", response.statusCode())
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(HostileInput.JSON.readTree(body).path("status").asInt())
          .as("problem status in: %s", body)
          .isEqualTo(response.statusCode());
    }
  }
}
