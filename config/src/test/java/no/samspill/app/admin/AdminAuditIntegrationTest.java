package no.samspill.app.admin;

import static no.samspill.app.admin.AdminCalls.body;
import static no.samspill.app.admin.AdminCalls.problem;
import static no.samspill.app.admin.OidcIssuer.email;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail of the admin API, read back through it: every change and every read of people's
 * data, by the operator or a coordinator, with when and from where; never a request's text.
 */
class AdminAuditIntegrationTest {

  static final String OPERATOR = "operator-token-for-audit-test";
  static final String AUDIT = "/api/v1/tenants/vestby/audit";

  @TempDir static Path dir;
  static OidcIssuer issuer;
  static ConfigurableApplicationContext app;
  static AdminCalls api;
  static String kari;

  @BeforeAll
  static void start() {
    issuer = new OidcIssuer();
    app = issuer.startApp(dir.resolve("audit.mv"), OPERATOR);
    api = new AdminCalls(app);
    for (String id : List.of("vestby", "austby")) {
      app.getBean(Tenants.class).save(new Tenant(new TenantId(id), id, null, null, Instant.now()));
    }
    app.getBean(Leaders.class)
        .save(
            new Leader(
                new LeaderId("vestby-kari"),
                new TenantId("vestby"),
                "Kari",
                "Kommunalsjef",
                "kari@vestby.no",
                null,
                null,
                true,
                List.of(),
                Instant.now()));
    kari = issuer.token(email("kari@vestby.no"));
  }

  @AfterAll
  static void stop() {
    app.close();
    issuer.close();
  }

  @Test
  void anOperatorsChangeIsRecordedWithWhoWhatWhenAndWhere() throws Exception {
    Instant before = Instant.now();
    body(
        api.send(
            "PUT",
            "/api/v1/tenants/vestby/schedule-policy",
            "{\"anonymityThreshold\":4}",
            OPERATOR),
        200);

    JsonNode entry = newest("ADMIN_CHANGE", "PUT /api/v1/tenants/vestby/schedule-policy");
    assertThat(entry.get("actorKind").asString()).isEqualTo("OPERATOR");
    assertThat(entry.get("actor").isNull()).isTrue();
    assertThat(entry.get("remoteAddress").asString()).isEqualTo("127.0.0.1");
    assertThat(Instant.parse(entry.get("at").asString())).isBetween(before, Instant.now());
  }

  @Test
  void aCoordinatorsChangeNamesThemAndThePersonItConcerns() throws Exception {
    JsonNode created =
        body(
            api.send(
                "POST",
                "/api/v1/tenants/vestby/leaders",
                "{\"name\":\"Unikt Navn Hansen\",\"email\":\"unikt@vestby.no\"}",
                kari),
            201);

    JsonNode entry = newest("ADMIN_CHANGE", "POST /api/v1/tenants/vestby/leaders");
    assertThat(entry.get("actorKind").asString()).isEqualTo("COORDINATOR");
    assertThat(entry.get("actor").asString()).isEqualTo("vestby-kari");
    assertThat(entry.get("actorIdentity").asString()).isEqualTo("kari@vestby.no");
    assertThat(entry.get("subject").asString()).isEqualTo(created.get("id").asString());
    assertThat(export()).doesNotContain("Unikt Navn Hansen").doesNotContain("unikt@vestby.no");
  }

  @Test
  void readsOfPeoplesDataAreRecordedAndReadsOfOtherThingsAreNot() throws Exception {
    body(api.get("/api/v1/tenants/vestby/leaders", kari), 200);
    body(api.get("/api/v1/tenants/vestby/leaders/vestby-kari", OPERATOR), 200);
    body(api.get("/api/v1/tenants/vestby/leaders/vestby-kari/follows", kari), 200);
    body(api.get("/api/v1/tenants/vestby/nudges?status=SENT", kari), 200);
    body(api.get("/api/v1/tenants/vestby/bodies", kari), 200);

    JsonNode list = newest("PERSONAL_DATA_READ", "GET /api/v1/tenants/vestby/leaders");
    assertThat(list.get("actor").asString()).isEqualTo("vestby-kari");
    assertThat(list.get("subject").isNull()).isTrue();
    JsonNode one = newest("PERSONAL_DATA_READ", "GET /api/v1/tenants/vestby/leaders/vestby-kari");
    assertThat(one.get("actorKind").asString()).isEqualTo("OPERATOR");
    assertThat(one.get("subject").asString()).isEqualTo("vestby-kari");
    newest("PERSONAL_DATA_READ", "GET /api/v1/tenants/vestby/leaders/vestby-kari/follows");
    newest("PERSONAL_DATA_READ", "GET /api/v1/tenants/vestby/nudges");
    assertThat(whats(page(AUDIT + "?size=500")))
        .doesNotContain("GET /api/v1/tenants/vestby/bodies");
  }

  @Test
  void refusedChangesAndOtherTenantsLeaveNoLine() throws Exception {
    problem(
        api.send("PUT", "/api/v1/tenants/vestby/schedule-policy", "{\"preLeadDays\":999}", kari),
        400);
    body(
        api.send("POST", "/api/v1/tenants/austby/bodies", "{\"name\":\"Austby KS\"}", OPERATOR),
        201);
    problem(api.send("POST", "/api/v1/tenants/austby/bodies", "{\"name\":\"Nei\"}", kari), 404);

    List<String> vestby = whats(page(AUDIT + "?size=500"));
    assertThat(vestby).noneMatch(w -> w.contains("austby"));
    assertThat(vestby).doesNotContain("PUT /api/v1/tenants/vestby/schedule-policy?preLeadDays");
    assertThat(whats(page("/api/v1/tenants/austby/audit?size=500")))
        .containsExactly("POST /api/v1/tenants/austby/bodies");
    problem(api.get("/api/v1/tenants/austby/audit", kari), 404);
  }

  @Test
  void aNewTenantsTrailStartsWithItsCreation() throws Exception {
    body(
        api.send("POST", "/api/v1/tenants", "{\"id\":\"sorby\",\"name\":\"Sørby\"}", OPERATOR),
        201);

    assertThat(whats(page("/api/v1/tenants/sorby/audit"))).containsExactly("POST /api/v1/tenants");
  }

  @Test
  void theTrailIsPagedNewestFirstAndFilteredByKindAndTime() throws Exception {
    Instant from = Instant.now();
    for (int i = 0; i < 3; i++) {
      body(
          api.send("POST", "/api/v1/tenants/vestby/bodies", "{\"name\":\"U" + i + "\"}", kari),
          201);
    }
    Instant to = Instant.now().plusMillis(1);

    JsonNode first = page(AUDIT + "?kind=ADMIN_CHANGE&size=2&from=" + from + "&to=" + to);
    JsonNode second = page(AUDIT + "?kind=ADMIN_CHANGE&size=2&page=1&from=" + from + "&to=" + to);

    assertThat(first.get("entries")).hasSize(2);
    assertThat(first.get("more").asBoolean()).isTrue();
    assertThat(second.get("entries")).hasSize(1);
    assertThat(second.get("more").asBoolean()).isFalse();
    assertThat(first.get("entries").get(0).get("at").asString())
        .isGreaterThanOrEqualTo(first.get("entries").get(1).get("at").asString());
    assertThat(page(AUDIT + "?kind=PERSONAL_DATA_READ&from=" + from + "&to=" + to).get("entries"))
        .isEmpty();
    problem(api.get(AUDIT + "?kind=GOSSIP", kari), 400);
    problem(api.get(AUDIT + "?size=0", kari), 400);
    problem(api.get(AUDIT + "?from=yesterday", kari), 400);
    problem(api.get(AUDIT + "?from=" + to + "&to=" + from, kari), 400);
  }

  @Test
  void theTrailExportsAsAJsonDownload() throws Exception {
    body(api.get("/api/v1/tenants/vestby/leaders", OPERATOR), 200);

    HttpResponse<String> response = api.get(AUDIT + "/export", kari);

    JsonNode export = body(response, 200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains("vestby"));
    assertThat(export.get("tenantId").asString()).isEqualTo("vestby");
    assertThat(export.get("truncated").asBoolean()).isFalse();
    assertThat(export.get("entries").findValuesAsString("kind")).contains("PERSONAL_DATA_READ");
  }

  private static JsonNode newest(String kind, String what) throws Exception {
    JsonNode entries = page(AUDIT + "?kind=" + kind + "&size=500").get("entries");
    for (JsonNode entry : entries) {
      if (what.equals(entry.get("what").asString())) {
        return entry;
      }
    }
    throw new AssertionError("No " + kind + " entry '" + what + "' in " + entries);
  }

  private static JsonNode page(String path) throws Exception {
    return body(api.get(path, OPERATOR), 200);
  }

  private static List<String> whats(JsonNode page) {
    return page.get("entries").findValuesAsString("what");
  }

  private static String export() throws Exception {
    return api.get(AUDIT + "/export", OPERATOR).body();
  }
}
