package no.samspill.app.admin;

import static no.samspill.app.admin.AdminCalls.body;
import static no.samspill.app.admin.AdminCalls.problem;
import static no.samspill.app.admin.OidcIssuer.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.app.TestApp;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * /api/v1 with access tokens from an OpenID provider started in the test: a coordinator reaches
 * their own tenant and nothing else, bad tokens are 401, the operator's token still opens all.
 */
class AdminOidcIntegrationTest {

  static final String OPERATOR = "operator-token-for-oidc-test";

  @TempDir static Path dir;
  static OidcIssuer issuer;
  static ConfigurableApplicationContext app;
  static AdminCalls api;

  @BeforeAll
  static void start() {
    issuer = new OidcIssuer();
    app = issuer.startApp(dir.resolve("oidc.mv"), OPERATOR);
    api = new AdminCalls(app);
    tenant("lillevik");
    tenant("storby");
    tenant("fjellby");
    leader("lillevik", "kari", "kari@lillevik.no", Language.NB, true);
    leader("lillevik", "ola", "ola@lillevik.no", Language.NN, false);
    leader("storby", "siri", "siri@storby.no", Language.EN, true);
    leader("fjellby", "per", "per@fjellby.no", Language.NB, true);
    app.getBean(Tenants.class)
        .linkWorkspace(new ChatWorkspace("teams", "tid-fjellby"), new TenantId("fjellby"));
    app.getBean(Leaders.class)
        .linkIdentity(new ChatIdentity("teams", "tid-fjellby", "oid-per"), new LeaderId("per"));
  }

  @AfterAll
  static void stop() {
    app.close();
    issuer.close();
  }

  @Test
  void aCoordinatorsTokenOpensTheirOwnTenant() throws Exception {
    String kari = issuer.token(email("Kari@Lillevik.no"));

    HttpResponse<String> created =
        api.send(
            "POST",
            "/api/v1/tenants/lillevik/bodies",
            "{\"name\":\"Formannskapet\",\"kind\":\"FORMANNSKAP\"}",
            kari);
    JsonNode bodies = body(api.get("/api/v1/tenants/lillevik/bodies", kari), 200);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(bodies.findValuesAsString("name")).contains("Formannskapet");
  }

  @Test
  void anotherTenantsPathsAre404AsIfTheTenantDidNotExist() throws Exception {
    String siri = issuer.token(email("siri@storby.no"));
    JsonNode unknown = problem(api.get("/api/v1/tenants/nowhere/bodies", OPERATOR), 404);

    for (String path :
        List.of(
            "/api/v1/tenants/lillevik/bodies",
            "/api/v1/tenants/lillevik/leaders/kari",
            "/api/v1/tenants/lillevik/no-such-resource",
            "/api/v1/tenants/lillevik")) {
      JsonNode refused = problem(api.get(path, siri), 404);
      assertThat(refused.get("detail").asString()).isEqualTo("Unknown tenant 'lillevik'");
      assertThat(names(refused)).isEqualTo(names(unknown));
    }
    assertThat(
            api.send("PUT", "/api/v1/tenants/lillevik/bodies/x", "{\"name\":\"x\"}", siri)
                .statusCode())
        .isEqualTo(404);
    assertThat(unknown.get("detail").asString()).isEqualTo("Unknown tenant 'nowhere'");
    assertThat(body(api.get("/api/v1/tenants/storby/bodies", siri), 200).isArray()).isTrue();
  }

  @Test
  void expiredWrongAudienceWrongIssuerAndForgedTokensAre401() throws Exception {
    Map<String, Object> kari = email("kari@lillevik.no");
    List<String> bad =
        List.of(
            issuer.expired(kari),
            issuer.forAudience("api://someone-else", kari),
            issuer.fromIssuer("https://login.example.org/other", kari),
            issuer.signedByAnotherKey(kari),
            "not-a-jwt",
            OPERATOR + "x");

    for (String token : bad) {
      HttpResponse<String> response = api.get("/api/v1/tenants/lillevik/bodies", token);
      JsonNode refused = problem(response, 401);
      assertThat(refused.get("detail").asString()).contains("SAMSPILL_ADMIN_TOKEN");
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"samspill-admin\"");
    }
    problem(api.get("/api/v1/tenants/lillevik/bodies", null), 401);
  }

  @Test
  void theOperatorsTokenOpensEveryTenantAndListsAndCreatesTenants() throws Exception {
    JsonNode all = body(api.get("/api/v1/tenants", OPERATOR), 200);
    HttpResponse<String> created =
        api.send(
            "POST",
            "/api/v1/tenants",
            "{\"id\":\"nyby\",\"name\":\"Nyby kommune\",\"language\":\"NN\"}",
            OPERATOR);
    HttpResponse<String> again =
        api.send("POST", "/api/v1/tenants", "{\"id\":\"nyby\",\"name\":\"Nyby\"}", OPERATOR);

    assertThat(all.findValuesAsString("id")).contains("lillevik", "storby", "fjellby");
    assertThat(body(created, 201).get("language").asString()).isEqualTo("NN");
    assertThat(app.getBean(Tenants.class).findById(new TenantId("nyby")))
        .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Nyby kommune"));
    problem(again, 409);
    problem(api.send("POST", "/api/v1/tenants", "{\"id\":\"../x\",\"name\":\"X\"}", OPERATOR), 400);
    body(api.get("/api/v1/tenants/lillevik/leaders", OPERATOR), 200);
    body(api.get("/api/v1/tenants/storby/bodies", OPERATOR), 200);
  }

  @Test
  void aCoordinatorCannotListOrCreateTenants() throws Exception {
    String kari = issuer.token(email("kari@lillevik.no"));

    JsonNode list = problem(api.get("/api/v1/tenants", kari), 403);
    problem(api.send("POST", "/api/v1/tenants", "{\"name\":\"Mine\"}", kari), 403);

    assertThat(list.get("detail").asString())
        .isEqualTo(Messages.get(Language.DEFAULT, "admin.operator-only"));
    assertThat(app.getBean(Tenants.class).findAll()).noneMatch(t -> t.name().equals("Mine"));
  }

  @Test
  void aLeaderWhoIsNoCoordinatorIsRefusedInTheirOwnLanguage() throws Exception {
    HttpResponse<String> response =
        api.get("/api/v1/tenants/lillevik/bodies", issuer.token(email("ola@lillevik.no")));

    JsonNode refused = problem(response, 403);
    assertThat(refused.get("detail").asString())
        .isEqualTo(Messages.get(Language.NN, "admin.not-coordinator"))
        .isNotEqualTo(Messages.get(Language.NB, "admin.not-coordinator"));
    assertThat(response.headers().firstValue("Content-Language")).hasValue("nn");
  }

  @Test
  void anUnverifiedEmailOpensNothing() throws Exception {
    String token = issuer.token(Map.of("email", "kari@lillevik.no", "email_verified", false));

    problem(api.get("/api/v1/tenants/lillevik/bodies", token), 404);
  }

  @Test
  void aTenantLinkedToAnEntraTenantTakesOnlyTokensFromIt() throws Exception {
    String per = issuer.token(Map.of("oid", "oid-per", "tid", "tid-fjellby"));
    String otherTid = issuer.token(Map.of("oid", "oid-per", "tid", "tid-elsewhere"));
    String emailOnly = issuer.token(email("per@fjellby.no"));

    body(api.get("/api/v1/tenants/fjellby/bodies", per), 200);
    problem(api.get("/api/v1/tenants/fjellby/bodies", otherTid), 404);
    problem(api.get("/api/v1/tenants/fjellby/bodies", emailOnly), 404);
    problem(api.get("/api/v1/tenants/lillevik/bodies", per), 404);
  }

  @Test
  void theChatEdgesAndTheActuatorAreOutsideTheAdminChain() throws Exception {
    String token = issuer.token(email("kari@lillevik.no"));
    HttpResponse<String> health = api.get("/actuator/health", token);
    HttpResponse<String> chat =
        api.send(
            "POST", "/api/web/chat", "{\"leaderId\":\"sample-per\",\"text\":\"hjelp\"}", "x.y.z");
    HttpResponse<String> teams = api.send("POST", "/api/messages", "{}", token);
    HttpResponse<String> admin = api.get("/api/v1/tenants/lillevik/bodies", token);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);
    // As without the admin chain: Teams is not configured in this app.
    assertThat(teams.statusCode()).isEqualTo(503);
    for (HttpResponse<String> response : List.of(health, chat, teams, admin)) {
      // Spring Security's own headers and session would show it had a hand in the answer.
      assertThat(response.headers().firstValue("X-XSS-Protection")).isEmpty();
      assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
  }

  @Test
  void anIssuerWithoutAnAudienceStopsStartUpSayingWhatIsMissing() {
    assertThatThrownBy(
            () ->
                TestApp.start(
                    dir.resolve("no-audience.mv"),
                    TestApp.newDatabase(),
                    "samspill.admin.oidc.issuer-uri=" + issuer.issuer()))
        .hasStackTraceContaining("SAMSPILL_ADMIN_OIDC_AUDIENCE");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>(node.propertyNames());
    names.sort(null);
    return names;
  }

  private static void tenant(String id) {
    app.getBean(Tenants.class)
        .save(new Tenant(new TenantId(id), id + " kommune", null, null, Instant.now()));
  }

  private static void leader(
      String tenant, String id, String email, Language language, boolean coordinator) {
    app.getBean(Leaders.class)
        .save(
            new Leader(
                new LeaderId(id),
                new TenantId(tenant),
                id,
                "Enhetsleder",
                email,
                language,
                null,
                coordinator,
                List.of(),
                Instant.now()));
  }
}
