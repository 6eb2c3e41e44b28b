package no.samspill.app;

import static no.samspill.app.ConsoleHttp.cookie;
import static no.samspill.app.ConsoleHttp.csrf;
import static no.samspill.app.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import org.apache.catalina.Context;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Two instances on one database, as behind a load balancer without session affinity: a sign-in
 * begun on one ends on the other, either answers with the same cookie, a sign-out on one is a
 * sign-out on both, a restart keeps the session, and an idle one ends. Page views without signing
 * in store no session, and a stored session holding a class no session holds is no session.
 * Everything outside the console stays without a session. A municipality of its own, erased
 * afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSessionsIntegrationTest {

  private static final Duration IDLE = Duration.ofMinutes(30);
  private static final String SESSIONS = "console_sessions";

  private final String database = TestApp.newDatabase();
  private final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  private final RecordingChannel channel = new RecordingChannel();
  private final MockOAuth2Server provider = new MockOAuth2Server();
  private final TenantId tenant = new TenantId("test-sessions-" + UUID.randomUUID());
  private final String email = "koordinator@" + tenant.value() + ".kommune.no";
  private ConfigurableApplicationContext a;
  private ConfigurableApplicationContext b;

  @BeforeAll
  void twoInstances() {
    provider.start();
    a = TestApp.start(Path.of("memory"), database, clock, channel, settings());
    b = startB();
    Instant now = Instant.now();
    a.getBean(Tenants.class).save(new Tenant(tenant, "Øktvik kommune", Language.NB, null, now));
    a.getBean(Leaders.class)
        .save(
            new Leader(
                LeaderId.random(),
                tenant,
                "Siri Økt",
                "Kommunalsjef",
                email,
                Language.NB,
                null,
                true,
                List.of(),
                now));
  }

  @AfterAll
  void stop() {
    a.getBean(TenantErasure.class).erase(tenant);
    b.close();
    a.close();
    provider.shutdown();
  }

  @Test
  void aSignInBegunOnOneInstanceEndsOnTheOtherAndBothServeTheSession() throws Exception {
    String session = signInFromAToB();

    HttpResponse<String> onA = http(a).get("/console/bodies", session);
    HttpResponse<String> onB = http(b).get("/console/bodies", session);
    assertThat(onA.statusCode()).isEqualTo(200);
    assertThat(onB.statusCode()).isEqualTo(200);
    assertThat(onA.body()).contains("Logget inn som Siri Økt");
    assertThat(onB.body()).contains("Logget inn som Siri Økt");

    // The form's token comes from one instance, the post goes to the other.
    String name = "Øktutvalget " + UUID.randomUUID();
    HttpResponse<String> saved =
        http(b)
            .post(
                "/console/bodies", session, form(csrf(onA.body()), "name", name, "kind", "UTVALG"));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(bodies()).contains(name);
    HttpResponse<String> withoutToken =
        http(a).post("/console/bodies", session, form(null, "name", name + " 2", "kind", "UTVALG"));
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(bodies()).doesNotContain(name + " 2");
  }

  @Test
  void aSignOutOnOneInstanceIsASignOutOnTheOther() throws Exception {
    String session = signInFromAToB();
    String token = csrf(http(a).get("/console", session).body());
    assertThat(stored(session)).isOne();

    HttpResponse<String> out = http(b).post("/console/sign-out", session, form(token));
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in?signedout"));

    assertSignedOut(http(a).get("/console", session));
    assertThat(stored(session)).isZero();
  }

  @Test
  void aRestartedInstanceKeepsTheSession() throws Exception {
    String session = signInFromAToB();
    b.close();
    b = startB();

    HttpResponse<String> page = http(b).get("/console", session);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Logget inn som Siri Økt");
  }

  @Test
  void anIdleSessionEndsOnEveryInstanceAndLeavesNothingStored() throws Exception {
    String session = signInFromAToB();
    String token = csrf(http(a).get("/console/bodies", session).body());
    clock.advance(IDLE.minusMinutes(1));
    assertThat(http(b).get("/console", session).statusCode())
        .as("used within its timeout")
        .isEqualTo(200);
    assertThat(stored(session)).isOne();

    clock.advance(IDLE.plusSeconds(1));
    String name = "Etter tidsavbrudd " + UUID.randomUUID();
    HttpResponse<String> late =
        http(a).post("/console/bodies", session, form(token, "name", name, "kind", "UTVALG"));
    assertThat(late.statusCode()).isEqualTo(302);
    assertThat(late.headers().firstValue("location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in?expired"));
    assertThat(bodies()).doesNotContain(name);
    assertSignedOut(http(b).get("/console", session));
    assertThat(stored(session)).isZero();
  }

  @Test
  void theChatTheWebhooksAndTheAdminApiGetNoSession() throws Exception {
    ConsoleHttp http = http(a);
    long stored = sessions().getCollection(SESSIONS).countDocuments();
    List<HttpResponse<String>> responses = new ArrayList<>();
    responses.add(http.get("/api/web/tenants", null));
    responses.add(
        http.send(json(http, "/api/web/chat", "{\"leaderId\":\"sample-ola\",\"text\":\"hjelp\"}")));
    responses.add(http.send(json(http, "/api/messages", "{}")));
    responses.add(http.send(json(http, "/slack/events", "{}")));
    responses.add(
        http.send(
            HttpRequest.newBuilder(http.uri("/api/v1/tenants/sample-fjordvik/leaders"))
                .header("Authorization", "Bearer sessions-test-token")
                .build()));
    responses.add(http.get("/actuator/health/liveness", null));

    assertThat(responses.get(0).statusCode()).isEqualTo(200);
    assertThat(responses.get(4).statusCode()).isEqualTo(200);
    assertThat(responses)
        .allSatisfy(r -> assertThat(r.headers().allValues("set-cookie")).isEmpty());
    assertThat(containerSessions(a)).isZero();
    assertThat(sessions().getCollection(SESSIONS).countDocuments()).isLessThanOrEqualTo(stored);
  }

  @Test
  void anonymousViewsOfTheSignInPageAndOfProtectedPagesStoreNoSessionAndASignInStillWorks()
      throws Exception {
    Set<Object> before = storedKeys();
    for (int i = 0; i < 50; i++) {
      ConsoleHttp http = http(i % 2 == 0 ? a : b);
      HttpResponse<String> signIn = http.get("/console/sign-in", null);
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(signIn.body()).contains("data-testid=\"sign-in\"");
      assertSignedOut(http.get("/console/bodies", null));
      assertThat(List.of(signIn, http.get("/console/leaders", null)))
          .allSatisfy(
              r ->
                  assertThat(r.headers().allValues("set-cookie"))
                      .noneMatch(c -> c.startsWith(ConsoleHttp.SESSION_COOKIE)));
    }
    assertThat(storedKeys()).as("no session stored by a page view").isSubsetOf(before);
    assertThat(containerSessions(a) + containerSessions(b)).isZero();

    String session = signInFromAToB();
    assertThat(http(a).get("/console", session).body()).contains("Logget inn som Siri Økt");
  }

  @Test
  void aStoredSessionHoldingAClassNoSessionHoldsIsNoSessionAndTheSignInPageIsShown()
      throws Exception {
    String session = signInFromAToB();
    Document stored = sessions().findById(key(session), Document.class, SESSIONS);
    Map<String, Object> attributes = read(stored.get("attributes", Binary.class).getData());
    attributes.put("planted", new Planted());
    sessions()
        .updateFirst(
            byId(key(session)),
            Update.update("attributes", new Binary(write(attributes))),
            SESSIONS);

    for (ConfigurableApplicationContext instance : List.of(a, b)) {
      HttpResponse<String> page = http(instance).get("/console/bodies", session);
      assertSignedOut(page);
      HttpResponse<String> signIn = http(instance).get("/console/sign-in", session);
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(signIn.body()).contains("data-testid=\"sign-in\"");
    }
    assertThat(Planted.read).as("never created").isFalse();
    assertThat(stored(session)).isZero();
  }

  /** Not a class a console session holds; its readObject would say so if it ever ran. */
  static final class Planted extends HashMap<String, Object> {
    private static final long serialVersionUID = 1L;
    static volatile boolean read;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      read = true;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(byte[] bytes) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (Map<String, Object>) in.readObject();
    }
  }

  private static byte[] write(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private Set<Object> storedKeys() {
    return sessions().getCollection(SESSIONS).find().map(d -> d.get("_id")).into(new HashSet<>());
  }

  /** The authorisation-code flow begun on A; the provider's redirect back lands on B. */
  private String signInFromAToB() throws Exception {
    ConsoleFixture.nextSignIn(provider, email, true);
    ConsoleHttp onA = http(a);
    HttpResponse<String> start = onA.get("/console/oauth2/authorization/samspill", null);
    assertThat(start.statusCode()).isEqualTo(302);
    HttpResponse<String> code =
        onA.send(HttpRequest.newBuilder(URI.create(location(start))).build());
    assertThat(code.statusCode()).as(code.body()).isEqualTo(302);
    URI back = URI.create(location(code));
    assertThat(back.getPort()).isEqualTo(port(a));
    URI onB = URI.create(back.toString().replace(":" + port(a) + "/", ":" + port(b) + "/"));
    HttpResponse<String> landed =
        onA.send(
            HttpRequest.newBuilder(onB)
                .header("Cookie", "SAMSPILL_CONSOLE=" + cookie(start))
                .build());
    assertThat(location(landed)).endsWith("/console");
    String session = cookie(landed);
    assertThat(session).as("a new session id at sign-in").isNotEqualTo(cookie(start));
    assertThat(http(b).get("/console", cookie(start)).statusCode())
        .as("the planted id is worth nothing")
        .isEqualTo(302);
    return session;
  }

  private static void assertSignedOut(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in"));
  }

  private String[] settings() {
    List<String> settings = new ArrayList<>();
    ConsoleFixture.properties(provider).forEach((key, value) -> settings.add(key + "=" + value));
    settings.add("samspill.admin.token=sessions-test-token");
    settings.add("server.servlet.session.timeout=" + IDLE);
    return settings.toArray(String[]::new);
  }

  private ConfigurableApplicationContext startB() {
    return TestApp.startOnServerOf(a, database, clock, channel, settings());
  }

  private List<String> bodies() {
    return a.getBean(PoliticalBodies.class).findByTenant(tenant).stream()
        .map(PoliticalBody::name)
        .toList();
  }

  /**
   * How many documents hold this session: they are keyed by the SHA-256 of the session id, which
   * the cookie carries Base64-encoded; the id itself is stored nowhere.
   */
  private long stored(String cookie) throws Exception {
    String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    assertThat(sessions().exists(byId(id), SESSIONS)).isFalse();
    return sessions().count(byId(key(cookie)), SESSIONS);
  }

  private static String key(String cookie) throws Exception {
    String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
  }

  private static Query byId(String id) {
    return Query.query(Criteria.where("_id").is(id));
  }

  private MongoTemplate sessions() {
    return a.getBean(MongoTemplate.class);
  }

  private static HttpRequest json(ConsoleHttp http, String path, String body) {
    return HttpRequest.newBuilder(http.uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static int containerSessions(ConfigurableApplicationContext app) {
    TomcatWebServer server =
        (TomcatWebServer) ((ServletWebServerApplicationContext) app).getWebServer();
    Context context = (Context) server.getTomcat().getHost().findChildren()[0];
    return context.getManager().getActiveSessions();
  }

  private static ConsoleHttp http(ConfigurableApplicationContext app) {
    return new ConsoleHttp(port(app));
  }

  private static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("location").orElseThrow();
  }
}
