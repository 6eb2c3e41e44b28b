package no.samspill.app;

import static no.samspill.app.ConsoleHttp.csrf;
import static no.samspill.app.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.http.HttpResponse;
import java.util.List;
import no.samspill.core.casework.CaseDraft;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.RegisterCase;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Saker over plain HTTP: a case registered or changed in the console plans or cancels its nudges at
 * once; refused input is shown beside its field and saves nothing; forms need their CSRF token;
 * another municipality's case is a 404.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.console.demo-sign-in=true",
      "samspill.scheduling.enabled=false"
    })
class ConsoleCasesHttpIntegrationTest {

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired Follows follows;
  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;
  @Autowired Cases cases;
  @Autowired Nudges nudges;
  @Autowired RegisterCase registerCase;
  @Autowired AuditLog audit;
  @Autowired MongoTemplate mongo;
  private ConsoleHttp http;
  private ConsoleCaseFixture fixture;
  private String session;

  @BeforeEach
  void signIn() throws Exception {
    ConsoleFixture.addPeople(tenants, leaders);
    fixture = new ConsoleCaseFixture(mongo, leaders, follows, bodies, meetings);
    http = new ConsoleHttp(port);
    session = http.demoSignIn();
  }

  @AfterEach
  void removeWhatTheTestMade() {
    fixture.close();
  }

  @Test
  void aCaseRegisteredInTheConsoleHasItsNudgesPlannedAtOnceAndShown() throws Exception {
    HttpResponse<String> saved =
        register("Trafikksikkerhetsplan 2027", fixture.meeting.id().value());

    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("location").orElseThrow();
    PoliticalCase created = ownersCase();
    assertThat(created.title()).isEqualTo("Trafikksikkerhetsplan 2027");
    assertThat(nudges.findByCase(ConsoleFixture.SAMPLE, created.id(), 10))
        .extracting(Nudge::phase, Nudge::status, Nudge::leaderId)
        .containsExactly(
            tuple(Phase.PRE, NudgeStatus.PLANNED, fixture.owner.id()),
            tuple(Phase.POST, NudgeStatus.PLANNED, fixture.owner.id()));

    assertThat(location).endsWith("/console/cases/" + created.id().value() + "?saved");
    String page = http.get("/console/cases/" + created.id().value() + "?saved", session).body();
    assertThat(page)
        .contains("Lagret, og påminnelsene for saken er planlagt.")
        .contains("Refleksjon om en sak · Før møtet", "Refleksjon om en sak · Etter møtet")
        .contains("Planlagt", "Sigrid Saksen", "(Europe/Oslo)");
    assertThat(http.get("/console/cases?q=trafikksikker", session).body())
        .contains("Trafikksikkerhetsplan 2027", "1 sak");
    assertThat(http.get("/console/cases?q=trafikksikker&status=closed", session).body())
        .doesNotContain("Trafikksikkerhetsplan 2027")
        .contains("Ingen saker passer med søket.");
  }

  @Test
  void closingACaseCancelsItsPendingNudgesWithTheReason() throws Exception {
    register("Nytt kulturhus", fixture.meeting.id().value());
    PoliticalCase created = ownersCase();
    String path = "/console/cases/" + created.id().value();

    HttpResponse<String> closed =
        http.post(
            path,
            session,
            caseForm(
                csrf(http.get(path, session).body()),
                "Nytt kulturhus",
                fixture.owner.id().value(),
                fixture.meeting.id().value(),
                "WITHDRAWN"));

    assertThat(closed.statusCode()).isEqualTo(302);
    assertThat(nudges.findByCase(ConsoleFixture.SAMPLE, created.id(), 10))
        .extracting(Nudge::status, Nudge::reason)
        .containsOnly(tuple(NudgeStatus.CANCELLED, "case closed"));
    assertThat(http.get(path, session).body()).contains("Avlyst", "Saken er lukket.");
    assertThat(http.get("/console/cases?status=closed", session).body()).contains("Nytt kulturhus");
    assertThat(http.get("/console/cases?status=open", session).body())
        .doesNotContain("Nytt kulturhus");
  }

  @Test
  void refusedInputIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
    String owner = fixture.owner.id().value();
    String ours = fixture.meeting.id().value();
    assertRefused(
        caseForm(null, "", owner, ours, "IN_PREPARATION"),
        "title",
        "Skriv en tittel på høyst 200 tegn.");
    assertRefused(
        caseForm(null, "x".repeat(201), owner, ours, "IN_PREPARATION"),
        "title",
        "Skriv en tittel på høyst 200 tegn.");
    assertRefused(
        caseForm(null, "Budsjett", ConsoleFixture.BERIT.value(), ours, "IN_PREPARATION"),
        "ownerId",
        "Velg en leder i kommunen din.");
    assertRefused(
        caseForm(null, "Budsjett", owner, fixture.havnesMeeting.id().value(), "IN_PREPARATION"),
        "meetingIds",
        "Velg bare møter i kommunen din.");
    assertRefused(caseForm(null, "Budsjett", owner, ours, "LOST"), "status", "Velg en status.");

    assertThat(cases.findByOwner(ConsoleFixture.SAMPLE, fixture.owner.id())).isEmpty();
    assertThat(cases.findByMeeting(ConsoleFixture.SAMPLE, fixture.meeting.id())).isEmpty();
    assertThat(nudges.upcoming(fixture.owner.id(), java.time.Instant.EPOCH, 10)).isEmpty();
  }

  @Test
  void aChangeThatIsRefusedLeavesTheCaseAndItsNudgesAsTheyWere() throws Exception {
    register("Vei til skolen", fixture.meeting.id().value());
    PoliticalCase before = ownersCase();
    List<Nudge> nudgesBefore = nudges.findByCase(ConsoleFixture.SAMPLE, before.id(), 10);
    String path = "/console/cases/" + before.id().value();
    String token = csrf(http.get(path, session).body());

    HttpResponse<String> refused =
        http.post(
            path,
            session,
            caseForm(
                token, "", fixture.owner.id().value(), fixture.meeting.id().value(), "DECIDED"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(cases.findById(ConsoleFixture.SAMPLE, before.id())).contains(before);
    assertThat(nudges.findByCase(ConsoleFixture.SAMPLE, before.id(), 10)).isEqualTo(nudgesBefore);
  }

  @Test
  void aFormWithoutItsCsrfTokenIs403AndSavesNothing() throws Exception {
    HttpResponse<String> refused =
        http.post(
            "/console/cases",
            session,
            caseForm(
                null,
                "Uten nøkkel",
                fixture.owner.id().value(),
                fixture.meeting.id().value(),
                "IN_PREPARATION"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(cases.findByOwner(ConsoleFixture.SAMPLE, fixture.owner.id())).isEmpty();
  }

  @Test
  void anotherMunicipalitysCaseIs404AndCannotBeChanged() throws Exception {
    PoliticalCase havnes =
        registerCase.register(
            ConsoleFixture.HAVNES,
            new CaseDraft(
                "Havnes hemmelige sak",
                null,
                ConsoleFixture.BERIT,
                List.of(fixture.havnesMeeting.id()),
                CaseStatus.IN_PREPARATION));
    PoliticalCase stored = cases.findById(ConsoleFixture.HAVNES, havnes.id()).orElseThrow();
    String path = "/console/cases/" + havnes.id().value();
    String token = csrf(http.get("/console/cases/new", session).body());

    HttpResponse<String> page = http.get(path, session);
    HttpResponse<String> forged =
        http.post(path, session, caseForm(token, "Kapret", "", "", "DECIDED"));

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Fant ikke siden").doesNotContain("Havnes hemmelige sak");
    assertThat(forged.statusCode()).isEqualTo(404);
    assertThat(cases.findById(ConsoleFixture.HAVNES, havnes.id())).contains(stored);
    assertThat(http.get("/console/cases", session).body()).doesNotContain("Havnes hemmelige sak");
    assertThat(http.get("/console/cases/" + CaseId.random().value(), session).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aSavedCaseIsAuditedAsAChangeByTheCoordinator() throws Exception {
    register("Revidert plan", fixture.meeting.id().value());

    assertThat(audit.find(new AuditQuery(ConsoleFixture.SAMPLE, null, null, null, 0, 50)))
        .filteredOn(e -> "POST /console/cases".equals(e.what()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditEntry.ADMIN_CHANGE));
  }

  private HttpResponse<String> register(String title, String meeting) throws Exception {
    String token = csrf(http.get("/console/cases/new", session).body());
    return http.post(
        "/console/cases",
        session,
        caseForm(token, title, fixture.owner.id().value(), meeting, "IN_PREPARATION"));
  }

  private void assertRefused(String body, String field, String message) throws Exception {
    String token = csrf(http.get("/console/cases/new", session).body());
    HttpResponse<String> refused =
        http.post("/console/cases", session, "_csrf=" + token + "&" + body);
    assertThat(refused.statusCode()).as(field).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"" + field + "-error\">" + message + "<")
        .contains("Noe må rettes før det kan lagres. Ingenting er lagret.");
  }

  private PoliticalCase ownersCase() {
    return cases.findByOwner(ConsoleFixture.SAMPLE, fixture.owner.id()).get(0);
  }

  private static String caseForm(
      String csrf, String title, String owner, String meeting, String status) {
    return form(
        csrf,
        "title",
        title,
        "caseNumber",
        "2026/77",
        "ownerId",
        owner,
        "meetingIds",
        meeting,
        "status",
        status);
  }
}
