package no.samspill.app.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static no.samspill.app.admin.AdminCalls.body;
import static no.samspill.app.admin.AdminCalls.problem;
import static no.samspill.app.admin.OidcIssuer.email;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.app.TestApp;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.imports.ImportRuns;
import no.samspill.core.imports.ImportRuns.RunClaim;
import no.samspill.core.imports.ImportSources;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * /api/v1/tenants/{t}/sources with a coordinator's access token and the operator's: the console's
 * use cases behind it (list with last runs, add, change, remove, import now), refusals in the
 * caller's language naming the field, another tenant's source 404, the deployment's configured
 * source listed but not changed, an import already running 409, and no CSRF on the bearer API.
 */
class AdminSourcesIntegrationTest {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String A = "src-a-" + RUN;
  private static final String B = "src-b-" + RUN;
  private static final String BODY = "src-body-" + RUN;
  private static final String OPERATOR = "operator-token-for-sources-test";
  private static final String CONFIGURED = "config-ics-" + BODY;

  @TempDir static Path dir;
  static OidcIssuer issuer;
  static WireMockServer calendars;
  static ConfigurableApplicationContext app;
  static AdminCalls api;
  static String kari;
  static String ola;
  static String siri;

  @BeforeAll
  static void start() {
    calendars = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    calendars.start();
    for (String path : List.of("/env.ics", "/fsk.ics", "/ks.ics")) {
      calendars.stubFor(
          get(urlPathEqualTo(path))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "text/calendar")
                      .withBody(no.samspill.app.SourcesFixture.calendar(2))));
    }
    issuer = new OidcIssuer();
    app =
        TestApp.start(
            dir.resolve("sources.mv"),
            TestApp.newDatabase(),
            "samspill.admin.token=" + OPERATOR,
            "samspill.admin.oidc.issuer-uri=" + issuer.issuer(),
            "samspill.admin.oidc.audience=" + OidcIssuer.AUDIENCE,
            "samspill.imports.allow-loopback=true",
            "samspill.scheduling.enabled=false",
            "samspill.calendar.poll-interval=P1D",
            "samspill.calendar.feeds[0].tenant-id=" + A,
            "samspill.calendar.feeds[0].body-id=" + BODY,
            "samspill.calendar.feeds[0].url=" + calendars.baseUrl() + "/env.ics?token=hemmelig");
    api = new AdminCalls(app);
    for (String tenant : List.of(A, B)) {
      app.getBean(Tenants.class)
          .save(new Tenant(new TenantId(tenant), tenant, null, null, Instant.now()));
      app.getBean(PoliticalBodies.class)
          .save(
              new PoliticalBody(
                  new BodyId(tenant.equals(A) ? BODY : BODY + "-b"),
                  new TenantId(tenant),
                  "Kommunestyret",
                  BodyKind.KOMMUNESTYRE));
    }
    leader(A, "kari-" + RUN, Language.NB);
    leader(A, "ola-" + RUN, Language.NN);
    leader(B, "siri-" + RUN, Language.EN);
    kari = issuer.token(email("kari-" + RUN + "@example.no"));
    ola = issuer.token(email("ola-" + RUN + "@example.no"));
    siri = issuer.token(email("siri-" + RUN + "@example.no"));
  }

  @AfterAll
  static void stop() {
    for (String tenant : List.of(A, B)) {
      app.getBean(TenantErasure.class).erase(new TenantId(tenant));
    }
    app.close();
    issuer.close();
    calendars.stop();
  }

  private static void leader(String tenant, String id, Language language) {
    app.getBean(Leaders.class)
        .save(
            new Leader(
                new LeaderId(id),
                new TenantId(tenant),
                id,
                "Koordinator",
                id + "@example.no",
                language,
                null,
                true,
                List.of(),
                Instant.now()));
  }

  private static String path(String tenant, String rest) {
    return "/api/v1/tenants/" + tenant + "/sources" + rest;
  }

  private static String feed(String body, String path) {
    return "{\"kind\":\"ICS\",\"bodyId\":\"%s\",\"url\":\"%s\"}"
        .formatted(body, calendars.baseUrl() + path);
  }

  private static int envFetches() {
    return calendars
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/env.ics?token=hemmelig")))
        .size();
  }

  private static int stored(String tenant) {
    return app.getBean(ImportSources.class).findByTenant(new TenantId(tenant)).size();
  }

  @Test
  void aCoordinatorListsAddsImportsChangesAndRemovesASource() throws Exception {
    JsonNode listed = body(api.get(path(A, ""), kari), 200);
    JsonNode env = listed.get(0);
    assertThat(env.get("id").asString()).isEqualTo(CONFIGURED);
    assertThat(env.get("configured").asBoolean()).isTrue();
    assertThat(env.get("url").asString()).endsWith("/env.ics?…").doesNotContain("hemmelig");

    String id =
        body(api.send("POST", path(A, ""), feed(BODY, "/fsk.ics"), kari), 201).get("id").asString();
    JsonNode run = body(api.send("POST", path(A, "/" + id + "/import"), null, kari), 200);
    assertThat(run.get("result").asString()).isEqualTo("OK");
    assertThat(run.get("created").asInt()).isEqualTo(2);
    JsonNode one = body(api.get(path(A, "/" + id), kari), 200);
    assertThat(one.get("lastRun").get("created").asInt()).isEqualTo(2);
    assertThat(one.get("url").asString()).isEqualTo(calendars.baseUrl() + "/fsk.ics");

    JsonNode changed =
        body(
            api.send(
                "PUT", path(A, "/" + id), "{\"url\":\"" + calendars.baseUrl() + "/ks.ics\"}", kari),
            200);
    assertThat(changed.get("url").asString()).endsWith("/ks.ics");
    assertThat(changed.get("kind").asString()).isEqualTo("ICS");

    assertThat(api.send("DELETE", path(A, "/" + id), null, OPERATOR).statusCode()).isEqualTo(204);
    problem(api.get(path(A, "/" + id), kari), 404);
  }

  @Test
  void aRefusedFieldIsAProblemInTheCallersLanguageAndNothingIsSaved() throws Exception {
    int before = stored(A);

    JsonNode nb =
        problem(
            api.send("POST", path(A, ""), feed(BODY, "/fsk.ics").replace("http:", "ftp:"), kari),
            400);
    HttpResponse<String> nnAnswer =
        api.send("POST", path(A, ""), feed(BODY, "/fsk.ics").replace("http:", "ftp:"), ola);
    JsonNode nn = problem(nnAnswer, 400);
    JsonNode repeat =
        problem(
            api.send("POST", path(A, ""), feed(BODY, "/env.ics?token=hemmelig"), OPERATOR), 400);
    JsonNode unknownBody =
        problem(api.send("POST", path(B, ""), feed("no-such-body", "/fsk.ics"), siri), 400);

    assertThat(nb.get("field").asString()).isEqualTo("url");
    assertThat(nb.get("detail").asString())
        .isEqualTo(Messages.get(Language.NB, "console.sources.invalid.url"));
    assertThat(nn.get("detail").asString())
        .isEqualTo(Messages.get(Language.NN, "console.sources.invalid.url"));
    assertThat(nnAnswer.headers().firstValue("content-language")).contains("nn");
    assertThat(repeat.get("detail").asString())
        .isEqualTo(Messages.get(Language.NB, "console.sources.invalid.twice"));
    assertThat(unknownBody.get("field").asString()).isEqualTo("body");
    assertThat(unknownBody.get("detail").asString())
        .isEqualTo(Messages.get(Language.EN, "console.sources.invalid.body"));
    assertThat(stored(A)).isEqualTo(before);
    assertThat(stored(B)).isZero();
  }

  @Test
  void anotherTenantsSourceIs404AndTheConfiguredOneCannotBeChanged() throws Exception {
    String id =
        body(api.send("POST", path(A, ""), feed(BODY, "/ks.ics"), kari), 201).get("id").asString();
    try {
      for (String method : List.of("GET", "PUT", "DELETE")) {
        assertThat(
                problem(api.send(method, path(B, "/" + id), "{}", siri), 404)
                    .get("detail")
                    .asString())
            .isEqualTo("Unknown source '" + id + "'");
        problem(api.send(method, path(A, "/" + id), "{}", siri), 404);
      }
      problem(api.send("POST", path(B, "/" + id + "/import"), null, siri), 404);
      assertThat(
              calendars.findAll(
                  com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                      urlEqualTo("/ks.ics"))))
          .isEmpty();

      JsonNode change =
          problem(api.send("PUT", path(A, "/" + CONFIGURED), feed(BODY, "/fsk.ics"), ola), 409);
      assertThat(change.get("detail").asString())
          .isEqualTo(Messages.get(Language.NN, "admin.sources.configured"));
      problem(api.send("DELETE", path(A, "/" + CONFIGURED), null, kari), 409);
      assertThat(body(api.get(path(A, "/" + CONFIGURED), kari), 200).get("configured").asBoolean())
          .isTrue();
    } finally {
      api.send("DELETE", path(A, "/" + id), null, kari);
    }
  }

  @Test
  void importNowWhileAnImportOfTheSourceRunsIs409AndImportsNothing() throws Exception {
    ImportRuns runs = app.getBean(ImportRuns.class);
    String key = A + "|ics:" + BODY;
    RunClaim held = new RunClaim("held-" + RUN, key, Instant.now().plusSeconds(600));
    assertThat(runs.insertClaim(new TenantId(A), held)).isTrue();
    int fetched = envFetches();
    try {
      HttpResponse<String> busy =
          api.send("POST", path(A, "/" + CONFIGURED + "/import"), null, ola);
      assertThat(problem(busy, 409).get("detail").asString())
          .isEqualTo(Messages.get(Language.NN, "admin.sources.running"));
      assertThat(envFetches()).as("fetched by the poll at start-up only").isEqualTo(fetched);
    } finally {
      runs.removeClaim(held.id());
    }
    assertThat(
            body(api.send("POST", path(A, "/" + CONFIGURED + "/import"), null, ola), 200)
                .get("result")
                .asString())
        .isEqualTo("OK");
  }

  @Test
  void theBearerApiTakesAPostWithoutACsrfTokenAndSetsNoCookieAndIsDescribed() throws Exception {
    HttpResponse<String> added = api.send("POST", path(B, ""), feed(BODY + "-b", "/fsk.ics"), siri);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(added.headers().allValues("set-cookie")).isEmpty();
    api.send(
        "DELETE",
        path(B, "/" + AdminCalls.JSON.readTree(added.body()).get("id").asString()),
        null,
        siri);
    JsonNode docs = body(api.get("/v3/api-docs", null), 200);
    assertThat(docs.get("paths").has("/api/v1/tenants/{tenantId}/sources/{sourceId}/import"))
        .isTrue();
    assertThat(docs.get("paths").get("/api/v1/tenants/{tenantId}/sources").has("post")).isTrue();
  }
}
