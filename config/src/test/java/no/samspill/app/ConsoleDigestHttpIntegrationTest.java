package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.AuditActor;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ukesammendrag over HTTP: the preview is this week's shared lessons only; "post now" needs its
 * CSRF token, posts once however often or however many at once it is sent, and takes the week from
 * the scheduled run; an archived digest and its chart are 404 for another municipality.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"samspill.mongodb.embedded-file=memory", "samspill.scheduling.enabled=false"})
class ConsoleDigestHttpIntegrationTest {

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  private static final WireMockServer SLACK = ConsoleDigestFixture.startSlack();

  @LocalServerPort int port;
  @Autowired Leaders leaders;
  @Autowired DigestPosts posts;
  @Autowired SchedulePolicies policies;
  @Autowired AuditLog audit;
  @Autowired ApplicationContext app;

  private ConsoleHttp http;
  private ConsoleDigestFixture fixture;

  @DynamicPropertySource
  static void outside(DynamicPropertyRegistry registry) {
    ConsoleDigestFixture.register(registry, PROVIDER, SLACK);
  }

  @AfterAll
  static void stop() {
    PROVIDER.shutdown();
    SLACK.stop();
  }

  @BeforeEach
  void start() {
    http = new ConsoleHttp(port);
    fixture = new ConsoleDigestFixture(app);
    SLACK.resetRequests();
  }

  @AfterEach
  void erase() {
    fixture.eraseAll();
  }

  @Test
  void thePreviewShowsThisWeeksSharedLessonsAndWhereAndWhenWithoutPostingAnything()
      throws Exception {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    String session = http.signIn(PROVIDER, dalsvik.email());

    HttpResponse<String> page = http.get("/console/digest", session);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(dalsvik.lessons().toArray(String[]::new))
        .contains("anonymt, enhetsleder")
        .contains("Slack: #ledere-dalsvik")
        .contains("hver fredag kl. 13:00 (Europe/Oslo)")
        .contains("Stolpediagram")
        .doesNotContain(ConsoleDigestFixture.PRIVATE_TEXT, "Gro Gran", "Dina Dale");
    assertThat(http.bytes("/console/digest/preview/chart.png", session).body())
        .startsWith(0x89, 'P', 'N', 'G');
    assertThat(ConsoleDigestFixture.posts(SLACK)).isZero();
    assertThat(posts.archive(dalsvik.tenant(), 5)).isEmpty();
  }

  @Test
  void postNowPostsOnceTakesTheWeekFromTheScheduledRunAndIsAudited() throws Exception {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    String session = http.signIn(PROVIDER, dalsvik.email());
    String csrf = ConsoleHttp.csrf(http.get("/console/digest", session).body());

    assertThat(http.post("/console/digest/post", session, "").statusCode()).isEqualTo(403);
    assertThat(ConsoleDigestFixture.posts(SLACK)).isZero();

    HttpResponse<String> posted =
        http.post("/console/digest/post", session, ConsoleHttp.form(csrf));
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(posted.headers().firstValue("location").orElseThrow())
        .endsWith("/console/digest?posted");
    HttpResponse<String> again = http.post("/console/digest/post", session, ConsoleHttp.form(csrf));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body())
        .contains("allerede lagt ut")
        .doesNotContain("data-testid=\"post-now\"");

    assertThat(ConsoleDigestFixture.posts(SLACK)).isEqualTo(1);
    List<ArchivedDigest> archive = posts.archive(dalsvik.tenant(), 5);
    assertThat(archive).hasSize(1);
    // What the scheduled run asks first: this week's digest is no longer to be had.
    String week =
        DigestWeek.containing(Instant.now(), policies.of(dalsvik.tenant()).digestZone()).key();
    assertThat(archive.get(0).week()).isEqualTo(week);
    assertThat(
            posts.claim(
                dalsvik.tenant().value() + "|" + week,
                Instant.now(),
                Duration.ofMinutes(5),
                "scheduler"))
        .isFalse();
    List<AuditEntry> trail =
        audit.find(new AuditQuery(dalsvik.tenant(), AuditEntry.ADMIN_CHANGE, null, null, 0, 10));
    assertThat(trail)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.what()).isEqualTo("POST /console/digest/post");
              assertThat(e.actor()).isEqualTo(dalsvik.coordinator());
            });
    assertThat(http.get("/console/digest?posted", session).body())
        .contains("Ukesammendraget er lagt ut.")
        .contains("/console/digest/archive/" + week);
  }

  @Test
  void twoPostsAtOnceProduceOneDigest() throws Exception {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    String session = http.signIn(PROVIDER, dalsvik.email());
    String form = ConsoleHttp.form(ConsoleHttp.csrf(http.get("/console/digest", session).body()));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        answers.add(
            two.submit(
                () -> {
                  go.await();
                  return http.post("/console/digest/post", session, form).statusCode();
                }));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(302, 409);
    } finally {
      two.shutdownNow();
    }
    assertThat(ConsoleDigestFixture.posts(SLACK)).isEqualTo(1);
    assertThat(posts.archive(dalsvik.tenant(), 5)).hasSize(1);
  }

  @Test
  void anArchivedDigestAndItsChartAre404ForAnotherMunicipality() throws Exception {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    ConsoleDigestFixture.Municipality other = fixture.create("Nordvik", true);
    String session = http.signIn(PROVIDER, dalsvik.email());
    String csrf = ConsoleHttp.csrf(http.get("/console/digest", session).body());
    assertThat(http.post("/console/digest/post", session, ConsoleHttp.form(csrf)).statusCode())
        .isEqualTo(302);
    String week = posts.archive(dalsvik.tenant(), 1).get(0).week();
    String page = "/console/digest/archive/" + week;

    HttpResponse<String> own = http.get(page, session);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body())
        .contains(dalsvik.lessons().get(0))
        .contains("alt=\"Stolpediagram")
        .contains("Tallene i diagrammet står også i teksten over.");
    assertThat(http.bytes(page + "/chart.png", session).body()).startsWith(0x89, 'P', 'N', 'G');

    String theirs = http.signIn(PROVIDER, other.email());
    HttpResponse<String> notFound = http.get(page, theirs);
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.body())
        .contains("Fant ikke siden")
        .doesNotContain(dalsvik.lessons().get(0));
    assertThat(http.bytes(page + "/chart.png", theirs).statusCode()).isEqualTo(404);
    assertThat(http.get("/console/digest", theirs).body())
        .doesNotContain(dalsvik.lessons().get(0))
        .contains("Ingen ukesammendrag er lagt ut ennå.");
  }

  @Test
  void theLogShowsTheMunicipalitysOwnEntriesNewestFirstByKindAndByDay() throws Exception {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    ConsoleDigestFixture.Municipality other = fixture.create("Nordvik", true);
    Instant now = Instant.now();
    Leader dina = named(dalsvik, "Dina Dale");
    audit.record(AuditEntry.own(dina, AuditEntry.EXPORT, now.minus(Duration.ofDays(3))));
    audit.record(
        AuditEntry.purge(dalsvik.tenant(), "reflections=2", now.minus(Duration.ofDays(1))));
    audit.record(AuditEntry.own(named(other, "Emil Eide"), AuditEntry.DELETE, now));
    String session = http.signIn(PROVIDER, dalsvik.email());

    String all = entries(http.get("/console/log", session));
    assertThat(all).contains("Dina Dale", "reflections=2").doesNotContain("Sletting av alle");
    assertThat(all.indexOf("Automatisk sletting")).isLessThan(all.indexOf("Eksport av egne"));
    assertThat(entries(http.get("/console/log?kind=EXPORT", session)))
        .contains("Dina Dale")
        .doesNotContain("reflections=2");
    LocalDate twoDaysAgo = LocalDate.now(Tenant.DEFAULT_TIME_ZONE).minusDays(2);
    assertThat(entries(http.get("/console/log?from=" + twoDaysAgo, session)))
        .contains("reflections=2")
        .doesNotContain("Dina Dale");
    assertThat(entries(http.get("/console/log?to=" + twoDaysAgo, session)))
        .contains("Dina Dale")
        .doesNotContain("reflections=2");
  }

  @Test
  void aWrongFilterIsShownBesideItsFieldAndTheLogIsPaged() throws Exception {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    String session = http.signIn(PROVIDER, dalsvik.email());
    HttpResponse<String> badDate = http.get("/console/log?from=1.12.2026", session);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body())
        .contains("id=\"from-error\"", "Skriv en dato som 2026-12-01.", "value=\"1.12.2026\"")
        .doesNotContain("data-testid=\"log\"");
    assertThat(http.get("/console/log?kind=NOPE", session).body())
        .contains("Velg en av hendelsene i lista.");
    assertThat(http.get("/console/log?from=2026-12-02&to=2026-12-01", session).body())
        .contains("Til-datoen kan ikke være før fra-datoen.");

    AuditActor dagny = AuditActor.coordinator(dalsvik.coordinator(), "demo", "127.0.0.1");
    for (int i = 0; i < 55; i++) {
      audit.record(
          AuditEntry.by(
              dagny,
              dalsvik.tenant(),
              AuditEntry.PERSONAL_DATA_READ,
              "GET /console/leaders/" + i,
              null,
              Instant.now().minusSeconds(i)));
    }
    String first = http.get("/console/log?kind=PERSONAL_DATA_READ", session).body();
    assertThat(first).contains("50 hendelser på denne siden", "data-testid=\"older\"");
    assertThat(first).contains("/console/leaders/0<").doesNotContain("/console/leaders/50<");
    String second = http.get("/console/log?kind=PERSONAL_DATA_READ&page=1", session).body();
    assertThat(second)
        .contains("5 hendelser på denne siden", "/console/leaders/54<", "data-testid=\"newer\"")
        .doesNotContain("data-testid=\"older\"");

    leaders.save(leaders.findById(dalsvik.coordinator()).orElseThrow().speaking(Language.NN));
    assertThat(http.get("/console/log", session).body())
        .contains("lang=\"nn\"", "Kva slags hending", "Dagny Dahl (koordinator) · demo");
  }

  private Leader named(ConsoleDigestFixture.Municipality m, String name) {
    return leaders.findByTenant(m.tenant()).stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** The log's table alone: the kinds are also named in the filter above it. */
  private static String entries(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    int table = page.body().indexOf("data-testid=\"log\"");
    return table < 0 ? "" : page.body().substring(table);
  }
}
