package no.samspill.app;

import static no.samspill.app.ConsoleHttp.csrf;
import static no.samspill.app.ConsoleHttp.csrfCookie;
import static no.samspill.app.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samspill.core.casework.Follows;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.AuditActor;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The console's security over plain HTTP: forms need their CSRF token, one tenant's coordinator
 * gets 404 for another tenant's ids, the session cookie is locked down; and the rest of the app
 * (admin API, health, web chat) behaves as it did before the console came.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.console.demo-sign-in=true",
      "samspill.scheduling.enabled=false",
      "samspill.admin.token=console-test-token"
    })
class ConsoleHttpIntegrationTest {

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired SchedulePolicies policies;
  @Autowired AuditLog audit;
  @Autowired Follows follows;
  @Autowired MongoTemplate mongo;

  private ConsoleHttp http;

  @BeforeEach
  void people() {
    ConsoleFixture.addPeople(tenants, leaders);
    http = new ConsoleHttp(port);
  }

  @Test
  void aSignedOutVisitorIsSentToSignIn() throws Exception {
    HttpResponse<String> page = http.get("/console/leaders", null);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in"));
  }

  @Test
  void theSessionCookieAndTheSignInPagesCsrfCookieAreSecureHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> signIn = http.get("/console/sign-in", null);
    assertThat(signIn.headers().allValues("set-cookie"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .startsWith(ConsoleHttp.CSRF_COOKIE + "=")
                    .contains("Path=/;", "Secure", "HttpOnly", "SameSite=Lax")
                    .doesNotContain("Domain"));
    HttpResponse<String> signedIn =
        http.postSigningIn("/console/demo-sign-in", csrfCookie(signIn), form(csrf(signIn.body())));
    assertThat(signedIn.headers().allValues("set-cookie"))
        .filteredOn(c -> c.startsWith(ConsoleHttp.SESSION_COOKIE))
        .singleElement()
        .satisfies(
            c -> assertThat(c).contains("Path=/console", "Secure", "HttpOnly", "SameSite=Lax"));
  }

  @Test
  void viewsOfTheSignInPageWithItsDemoFormStoreNoSessionAndTheDemoSignInStillWorks()
      throws Exception {
    Set<Object> before = storedSessions();
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> signIn = http.get("/console/sign-in", null);
      assertThat(csrf(signIn.body())).isNotBlank();
      assertThat(csrfCookie(signIn)).isNotBlank();
      assertThat(http.get("/console/leaders", null).statusCode()).isEqualTo(302);
    }
    assertThat(storedSessions()).isSubsetOf(before);

    String session = http.demoSignIn();
    Set<Object> added = storedSessions();
    added.removeAll(before);
    assertThat(added).as("the sign-in's session").hasSize(1);
    assertThat(http.get("/console/leaders", session).statusCode()).isEqualTo(200);
  }

  private Set<Object> storedSessions() {
    return mongo
        .getCollection("console_sessions")
        .find()
        .map(d -> d.get("_id"))
        .into(new HashSet<>());
  }

  @Test
  void aFormWithoutItsCsrfTokenIs403AndChangesNothing() throws Exception {
    String session = http.demoSignIn();
    int before = policies.of(ConsoleFixture.SAMPLE).anonymityThreshold();
    HttpResponse<String> refused =
        http.post("/console/settings", session, form(null, "anonymityThreshold", "7"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Skjemaet kunne ikke sendes");
    assertThat(policies.of(ConsoleFixture.SAMPLE).anonymityThreshold()).isEqualTo(before);
  }

  @Test
  void aSignInPostedWithoutItsTokenOrWithAnotherIs403InTheVisitorsLanguageAndSignsNoOneIn()
      throws Exception {
    HttpResponse<String> signIn = http.get("/console/sign-in", null);
    HttpResponse<String> other = http.get("/console/sign-in", null);
    List<HttpResponse<String>> refused =
        List.of(
            postInEnglish(csrfCookie(signIn), form(null)),
            postInEnglish(csrfCookie(signIn), form(csrf(other.body()))),
            postInEnglish(null, form(csrf(signIn.body()))));
    assertThat(refused)
        .allSatisfy(
            r -> {
              assertThat(r.statusCode()).isEqualTo(403);
              assertThat(r.body())
                  .contains("<html lang=\"en\"", "The form could not be sent")
                  .doesNotContain("Whitelabel", "Forbidden");
              assertThat(r.headers().allValues("set-cookie"))
                  .noneMatch(c -> c.startsWith(ConsoleHttp.SESSION_COOKIE));
            });
  }

  private HttpResponse<String> postInEnglish(String csrfCookie, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(http.uri("/console/demo-sign-in"))
            .header("Accept-Language", "en")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (csrfCookie != null) {
      request.header("Cookie", ConsoleHttp.CSRF_COOKIE + "=" + csrfCookie);
    }
    return http.send(request.build());
  }

  @Test
  void aCoordinatorGets404ForAnotherTenantsLeader() throws Exception {
    String session = http.demoSignIn();
    assertThat(http.get("/console/leaders/" + ConsoleFixture.KARI.value(), session).statusCode())
        .isEqualTo(200);
    HttpResponse<String> other =
        http.get("/console/leaders/" + ConsoleFixture.BERIT.value(), session);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).contains("Fant ikke siden").doesNotContain("Berit");

    String page = http.get("/console/leaders/" + ConsoleFixture.PER.value(), session).body();
    HttpResponse<String> forged =
        http.post(
            "/console/leaders/" + ConsoleFixture.BERIT.value(),
            session,
            form(csrf(page), "name", "Berit Lie", "language", "nb", "coordinator", "false"));
    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(leaders.findById(ConsoleFixture.BERIT).orElseThrow().coordinator()).isTrue();
  }

  @Test
  void aCoordinatorsReadsOfPeopleAndSavedChangesAreAuditedAndARefusedOneIsNot() throws Exception {
    // A leader of this test alone: on a shared database (FerretDB in CI) other tests use the
    // sample leaders, so nothing of theirs may change here.
    LeaderId temp = LeaderId.random();
    leaders.save(
        new Leader(
            temp,
            ConsoleFixture.SAMPLE,
            "Tora Testesen",
            "Rådgiver",
            null,
            Language.NB,
            null,
            false,
            List.of(),
            Instant.now()));
    try {
      String session = http.demoSignIn();
      String page = http.get("/console/leaders/" + temp.value(), session).body();
      String csrf = csrf(page);
      assertThat(
              http.post(
                      "/console/leaders/" + temp.value(),
                      session,
                      form(csrf, "name", "", "language", "nb", "coordinator", "false"))
                  .statusCode())
          .isEqualTo(400);
      assertThat(
              http.post(
                      "/console/leaders/" + temp.value(),
                      session,
                      form(
                          csrf,
                          "name",
                          "Tora Testesen Berg",
                          "language",
                          "nn",
                          "coordinator",
                          "false"))
                  .statusCode())
          .isEqualTo(302);

      List<AuditEntry> trail =
          audit.find(new AuditQuery(ConsoleFixture.SAMPLE, null, null, null, 0, 50)).stream()
              .filter(e -> temp.equals(e.subject()))
              .toList();
      assertThat(trail)
          .extracting(AuditEntry::action)
          .containsExactly(AuditEntry.ADMIN_CHANGE, AuditEntry.PERSONAL_DATA_READ);
      assertThat(trail)
          .allSatisfy(
              e -> {
                assertThat(e.actorKind()).isEqualTo(AuditActor.COORDINATOR);
                assertThat(e.actor()).isEqualTo(ConsoleFixture.KARI);
                assertThat(e.actorIdentity()).isEqualTo("demo");
                assertThat(e.remoteAddress()).isEqualTo("127.0.0.1");
                assertThat(e.what()).doesNotContain("Tora");
              });
      assertThat(trail.get(0).what()).isEqualTo("POST /console/leaders/" + temp.value());
    } finally {
      follows.delete(ConsoleFixture.SAMPLE, temp);
      leaders.delete(temp);
    }
  }

  @Test
  void theRestOfTheAppKeepsItsOwnChecks() throws Exception {
    HttpResponse<String> noToken = http.get("/api/v1/tenants/sample-fjordvik/leaders", null);
    assertThat(noToken.statusCode()).isEqualTo(401);
    assertThat(noToken.body()).contains("SAMSPILL_ADMIN_TOKEN");
    HttpResponse<String> withToken =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/v1/tenants/sample-fjordvik/leaders"))
                .header("Authorization", "Bearer console-test-token")
                .build());
    assertThat(withToken.statusCode()).isEqualTo(200);
    assertThat(withToken.body()).contains("Kari Nordmann");
    for (HttpResponse<String> response :
        List.of(withToken, http.get("/actuator/health/liveness", null))) {
      // Spring Security would add this header; the console's chain must not reach these paths.
      assertThat(response.headers().firstValue("x-xss-protection")).isEmpty();
      assertThat(response.headers().firstValue("set-cookie")).isEmpty();
    }
    assertThat(http.get("/console/sign-in", null).headers().firstValue("x-xss-protection"))
        .hasValue("0");
  }

  @Test
  void withoutAProviderOrTheDemoTheConsoleSaysItIsNotConfigured() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApp.start(
            java.nio.file.Path.of("memory"),
            TestApp.newDatabase(),
            "samspill.console.demo-sign-in=false",
            "samspill.scheduling.enabled=false")) {
      int other = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + other + "/console/sign-in"))
                  .build());
      assertThat(page.body())
          .contains("Konsollen er ikke satt opp ennå")
          .doesNotContain("data-testid=\"sign-in\"", "data-testid=\"demo-sign-in\"");
      HttpResponse<String> demo =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + other + "/console/leaders"))
                  .build());
      assertThat(demo.statusCode()).isEqualTo(302);
    }
  }
}
