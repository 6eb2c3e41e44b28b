package no.samspill.app;

import static no.samspill.app.ConsoleSession.csrf;
import static no.samspill.app.ConsoleSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.ImportRuns;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ImportSources;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Kalendere og eInnsyn over plain HTTP, against a fake calendar server: a feed added in the console
 * is imported by "import now" and by the poller, a failing one says why in the coordinator's words,
 * the deployment's configured feed keeps working and cannot be changed, forms need their CSRF
 * token, and another municipality's source is a 404.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.console.demo-sign-in=true",
      "samspill.scheduling.enabled=false",
      "samspill.imports.allow-loopback=true",
      "samspill.calendar.timeout=PT10S"
    })
class ConsoleSourcesHttpIntegrationTest {

  private static final String ENV_ID = "config-ics-" + SourcesFixture.ENV_BODY.value();

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;
  @Autowired ImportSources sources;
  @Autowired ImportRuns runs;
  @Autowired ImportFromSources imports;
  @Autowired AuditLog audit;
  @Autowired MongoTemplate mongo;
  private String session;

  @DynamicPropertySource
  static void calendars(DynamicPropertyRegistry registry) {
    SourcesFixture.start();
    // A list binds from one property source only, so the whole feed is given here.
    registry.add("samspill.calendar.feeds[0].tenant-id", ConsoleFixture.SAMPLE::value);
    registry.add("samspill.calendar.feeds[0].body-id", SourcesFixture.ENV_BODY::value);
    registry.add("samspill.calendar.feeds[0].url", () -> SourcesFixture.url("/env.ics"));
  }

  @BeforeEach
  void setUp() throws Exception {
    SourcesFixture.start();
    SourcesFixture.clean(sources, runs, mongo);
    ConsoleFixture.addPeople(tenants, leaders);
    SourcesFixture.addBodies(bodies);
    session = ConsoleSession.demoSignIn(port);
  }

  @AfterEach
  void clean() {
    SourcesFixture.clean(sources, runs, mongo);
  }

  private HttpResponse<String> page(String path) throws Exception {
    return ConsoleSession.get(port, path, session);
  }

  private HttpResponse<String> post(String path, String... pairs) throws Exception {
    String token = csrf(page("/console/sources").body());
    return ConsoleSession.post(port, path, session, form(token, pairs));
  }

  /** Adds a feed for the tests' body through the console; returns its id. */
  private String addFeed(String path) throws Exception {
    return addFeed(SourcesFixture.url(path), path);
  }

  private String addFeed(String url, String path) throws Exception {
    HttpResponse<String> added =
        post("/console/sources", "kind", "ICS", "body", SourcesFixture.BODY.value(), "url", url);
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("location").orElseThrow())
        .endsWith("/console/sources?saved");
    return sources.findByTenant(ConsoleFixture.SAMPLE).stream()
        .filter(s -> s.url().endsWith(path))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private String importNow(String id) throws Exception {
    HttpResponse<String> done = post("/console/sources/" + id + "/import");
    assertThat(done.statusCode()).isEqualTo(302);
    String location = done.headers().firstValue("location").orElseThrow();
    assertThat(location).endsWith("/console/sources?imported=" + id);
    return page("/console/sources?imported=" + id).body();
  }

  private int imported(String id) {
    return meetings.findImported(ConsoleFixture.SAMPLE, "source:" + id + "#").size();
  }

  @Test
  void aFeedAddedInTheConsoleIsImportedByImportNowAndTheReportIsShown() throws Exception {
    String form = page("/console/sources/new?kind=ICS").body();
    assertThat(form).contains("Ny kalenderstrøm", SourcesFixture.BODY_NAME, "name=\"_csrf\"");

    String id = addFeed("/fsk.ics");
    String report = importNow(id);

    assertThat(imported(id)).isEqualTo(2);
    assertThat(report)
        .contains("Hentet fra " + SourcesFixture.BODY_NAME, "2 nye møter, 0 endret, 0 avlyst");
    assertThat(audit.find(new AuditQuery(ConsoleFixture.SAMPLE, null, null, null, 0, 50)))
        .anySatisfy(e -> assertThat(e.what()).isEqualTo("POST /console/sources/" + id + "/import"));
  }

  @Test
  void thePollerImportsAStoredFeedAndItsLastRunIsShown() throws Exception {
    String id = addFeed("/fsk.ics");

    imports.pollRound(ImportSource.Kind.ICS);

    assertThat(imported(id)).isEqualTo(2);
    assertThat(page("/console/sources").body()).contains("2 nye møter");
  }

  @Test
  void aFailingFeedShowsWhyInTheCoordinatorsWordsAndKeepsItsMeetings() throws Exception {
    String id = addFeed("/fsk.ics");
    importNow(id);
    String gone = addFeed("/gone.ics");
    String login = addFeed("/login.ics");
    String slow = addFeed("/slow.ics");

    assertThat(importNow(gone)).contains("Ingenting ble endret", "feilkode 404");
    assertThat(importNow(login)).contains("var ikke en kalender Samspill kan lese");
    assertThat(importNow(slow)).contains("svarte ikke tidsnok");
    String closed = addFeed("http://localhost:1/closed.ics", "/closed.ics");
    assertThat(importNow(closed)).contains("Adressen svarte ikke.");

    String list = page("/console/sources").body();
    assertThat(list).doesNotContain("Exception", "java.", "HTTP 404", "Not an iCalendar");
    assertThat(page("/console").body()).contains("4 kilder til møtene kunne ikke hentes sist");
    assertThat(imported(id)).isEqualTo(2);
  }

  @Test
  void theDeploymentsConfiguredFeedStillWorksAndCannotBeChangedHere() throws Exception {
    String list = page("/console/sources").body();
    assertThat(list).contains("Fra driftsoppsettet");
    assertThat(list).doesNotContain("/console/sources/" + ENV_ID + "\"");

    importNow(ENV_ID);

    assertThat(
            meetings.findImported(
                ConsoleFixture.SAMPLE, "ics:" + SourcesFixture.ENV_BODY.value() + "#"))
        .hasSize(1);
    assertThat(page("/console/sources/" + ENV_ID).statusCode()).isEqualTo(404);
    assertThat(post("/console/sources/" + ENV_ID + "/remove").statusCode()).isEqualTo(404);
  }

  @Test
  void aRefusedAddressIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
    for (List<String> refused :
        List.of(
            List.of("http://kalender.example.no/a.ics", "må begynne med https://"),
            List.of("https://kari:hemmelig@kalender.example.no/a.ics", "brukernavn eller passord"),
            List.of("https://10.0.0.7/a.ics", "lokalt nett"),
            List.of("", "Fyll ut dette feltet"))) {
      HttpResponse<String> answer =
          post(
              "/console/sources",
              "kind",
              "ICS",
              "body",
              SourcesFixture.BODY.value(),
              "url",
              refused.get(0));
      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).contains("id=\"url-error\"", refused.get(1));
    }
    assertThat(sources.findByTenant(ConsoleFixture.SAMPLE))
        .noneMatch(s -> s.body().equals(SourcesFixture.BODY));
  }

  @Test
  void editAndRemoveChangeOnlyTheStoredSource() throws Exception {
    String id = addFeed("/fsk.ics");
    importNow(id);
    assertThat(page("/console/sources/" + id).body()).contains(SourcesFixture.url("/fsk.ics"));

    HttpResponse<String> refused =
        post("/console/sources/" + id, "body", SourcesFixture.BODY.value(), "url", "ftp://x");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(sources.findById(ConsoleFixture.SAMPLE, id).orElseThrow().url())
        .endsWith("/fsk.ics");

    assertThat(
            post(
                    "/console/sources/" + id,
                    "body",
                    SourcesFixture.BODY.value(),
                    "url",
                    SourcesFixture.url("/env.ics"))
                .statusCode())
        .isEqualTo(302);
    assertThat(sources.findById(ConsoleFixture.SAMPLE, id).orElseThrow().url())
        .endsWith("/env.ics");

    assertThat(post("/console/sources/" + id + "/remove").statusCode()).isEqualTo(302);
    assertThat(sources.findById(ConsoleFixture.SAMPLE, id)).isEmpty();
    assertThat(page("/console/sources?removed").body()).contains("Kilden er fjernet");
    assertThat(imported(id)).as("its meetings stay").isEqualTo(2);
  }

  @Test
  void formsWithoutTheirCsrfTokenAre403AndChangeNothing() throws Exception {
    String id = addFeed("/fsk.ics");
    String body =
        form(null, "kind", "ICS", "body", SourcesFixture.BODY.value(), "url", "https://a.no/b.ics");

    assertThat(ConsoleSession.post(port, "/console/sources", session, body).statusCode())
        .isEqualTo(403);
    assertThat(
            ConsoleSession.post(port, "/console/sources/" + id + "/import", session, "")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            ConsoleSession.post(port, "/console/sources/" + id + "/remove", session, "")
                .statusCode())
        .isEqualTo(403);
    assertThat(sources.findByTenant(ConsoleFixture.SAMPLE))
        .filteredOn(s -> s.body().equals(SourcesFixture.BODY))
        .hasSize(1);
    assertThat(imported(id)).isZero();
  }

  @Test
  void anotherMunicipalitysSourceIsA404AndIsLeftAlone() throws Exception {
    ImportSource theirs =
        new ImportSource(
            "test-sources-havnes",
            ConsoleFixture.HAVNES,
            ImportSource.Kind.ICS,
            SourcesFixture.BODY,
            SourcesFixture.url("/fsk.ics"),
            null,
            null,
            false);
    sources.save(theirs);

    assertThat(page("/console/sources/" + theirs.id()).statusCode()).isEqualTo(404);
    assertThat(post("/console/sources/" + theirs.id() + "/import").statusCode()).isEqualTo(404);
    assertThat(post("/console/sources/" + theirs.id() + "/remove").statusCode()).isEqualTo(404);
    assertThat(
            post(
                    "/console/sources/" + theirs.id(),
                    "body",
                    SourcesFixture.BODY.value(),
                    "url",
                    "https://x.no/a.ics")
                .statusCode())
        .isEqualTo(404);
    assertThat(page("/console/sources").body()).doesNotContain(theirs.id());
    assertThat(sources.findById(ConsoleFixture.HAVNES, theirs.id())).contains(theirs);
    assertThat(
            SourcesFixture.CALENDARS.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/fsk.ics"))))
        .isEmpty();
  }

  @Test
  void importNowWhileAnotherImportRunsSaysSoAndARepeatOfTheConfiguredFeedIsShownAsOne()
      throws Exception {
    String key = ConsoleFixture.SAMPLE.value() + "|ics:" + SourcesFixture.ENV_BODY.value();
    // Another instance (or a poll) importing the configured feed right now.
    ImportRuns.RunClaim other =
        new ImportRuns.RunClaim(
            "test-sources-other", key, java.time.Instant.now().plusSeconds(600));
    assertThat(runs.insertClaim(ConsoleFixture.SAMPLE, other)).isTrue();
    try {
      HttpResponse<String> pressed = post("/console/sources/" + ENV_ID + "/import");
      assertThat(pressed.headers().firstValue("location").orElseThrow())
          .endsWith("/console/sources?running=" + ENV_ID);
      assertThat(page("/console/sources?running=" + ENV_ID).body())
          .contains("En henting fra Testutvalget fra miljøet pågår allerede");
    } finally {
      runs.removeClaim(other.id());
    }

    HttpResponse<String> again =
        post(
            "/console/sources",
            "kind",
            "ICS",
            "body",
            SourcesFixture.ENV_BODY.value(),
            "url",
            SourcesFixture.url("/env.ics"));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("id=\"url-error\"", "henter allerede fra denne kilden");

    // As stored before repeats were refused: the same feed, its host written in capitals.
    sources.save(
        new ImportSource(
            "test-sources-repeat",
            ConsoleFixture.SAMPLE,
            ImportSource.Kind.ICS,
            SourcesFixture.ENV_BODY,
            SourcesFixture.url("/env.ics").replace("localhost", "LOCALHOST"),
            null,
            null,
            false));
    importNow("test-sources-repeat");
    assertThat(page("/console/sources").body())
        .contains("Samme kilde som den fra driftsoppsettet for dette organet");
    assertThat(meetings.findImported(ConsoleFixture.SAMPLE, "source:test-sources-repeat#"))
        .isEmpty();
    assertThat(
            meetings.findImported(
                ConsoleFixture.SAMPLE, "ics:" + SourcesFixture.ENV_BODY.value() + "#"))
        .hasSize(1);
  }
}
