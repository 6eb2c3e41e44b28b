package no.samspill.app;

import static no.samspill.app.ConsoleSession.csrf;
import static no.samspill.app.ConsoleSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ManageImportSources;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Deleting bodies and meetings over plain HTTP: a confirmation page says what goes with it, the
 * confirmed post deletes it and withdraws its nudges; a meeting leaders reflected on and a body a
 * source fills are refused with the reason, and a forged post for them deletes nothing; no token is
 * a 403, another municipality's ids a 404. All of it on this test's own bodies.
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
class ConsoleDeletesHttpIntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext app;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;
  @Autowired Cases cases;
  @Autowired Follows follows;
  @Autowired AuditLog audit;
  @Autowired ManageImportSources sources;

  private ConsoleSession kari;
  private DeletesFixture sample;
  private DeletesFixture havnes;

  @BeforeEach
  void signIn() throws Exception {
    ConsoleFixture.addPeople(tenants, leaders);
    sample = new DeletesFixture(app, ConsoleFixture.SAMPLE);
    havnes = new DeletesFixture(app, ConsoleFixture.HAVNES);
    kari = ConsoleSession.demo(port);
  }

  @AfterEach
  void removeWhatWeMade() {
    sample.close();
    havnes.close();
  }

  @Test
  void aMeetingIsDeletedFromItsConfirmationPageWithItsNudgesAndTakenOffItsCase() throws Exception {
    PoliticalBody body = sample.body("Slettutvalget");
    Meeting meeting = sample.meeting(body, 5);
    PoliticalCase school = sample.caseIn("Skolestruktur i nord", meeting);
    assertThat(planned(meeting)).isNotEmpty();
    String path = meetingPath(meeting);

    assertThat(kari.get(path).body()).contains("Slett møtet …", path + "/delete");
    HttpResponse<String> confirm = kari.get(path + "/delete");
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body())
        .contains("Slette møtet")
        .contains("Møtet tas ut av 1 sak: Skolestruktur i nord. Saken blir stående.")
        .contains(
            planned(meeting).size()
                + " planlagte påminnelser til møtet trekkes tilbake, og sakslisten slettes")
        .contains("data-testid=\"confirm-delete\"");

    assertThat(kari.post(path + "/delete", form(null)).statusCode()).isEqualTo(403);
    assertThat(meetings.findById(sample.tenant, meeting.id())).isPresent();

    HttpResponse<String> deleted = kari.post(path + "/delete", form(csrf(confirm.body())));
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(deleted.headers().firstValue("location").orElseThrow())
        .endsWith("/console/bodies/" + body.id().value() + "?deleted");
    assertThat(meetings.findById(sample.tenant, meeting.id())).isEmpty();
    assertThat(cases.findById(sample.tenant, school.id()).orElseThrow().meetingIds()).isEmpty();
    assertThat(planned(meeting)).isEmpty();
    assertThat(sample.nudgesAbout(meeting.id()))
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.reason()).isEqualTo("meeting deleted"));
    assertThat(kari.get("/console/bodies/" + body.id().value() + "?deleted").body())
        .contains("Møtet er slettet, og påminnelsene til det er trukket tilbake.");
    assertThat(audited()).contains("POST " + path + "/delete");
  }

  @Test
  void aMeetingALeaderReflectedOnIsRefusedOnItsPageAndAForgedPostDeletesNothing() throws Exception {
    PoliticalBody body = sample.body("Refleksjonsutvalget");
    Meeting meeting = sample.meeting(body, 5);
    sample.caseIn("Barnehagebehov", meeting);
    sample.reflectOn(meeting);
    String path = meetingPath(meeting);
    int plannedBefore = planned(meeting).size();

    HttpResponse<String> page = kari.get(path + "/delete");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("1 refleksjon er knyttet til møtet, så det blir stående")
        .contains("data-testid=\"cancel-instead\"")
        .doesNotContain("data-testid=\"confirm-delete\"");

    HttpResponse<String> forged = kari.post(path + "/delete", form(csrf(page.body())));
    assertThat(forged.statusCode()).isEqualTo(409);
    assertThat(forged.body()).contains("1 refleksjon er knyttet til møtet");
    assertThat(meetings.findById(sample.tenant, meeting.id())).contains(meeting);
    assertThat(planned(meeting)).hasSize(plannedBefore);
    assertThat(audited()).doesNotContain("POST " + path + "/delete");
  }

  @Test
  void aBodyShowsWhatGoesWithItAndIsDeletedWithItsMeetingsOnceConfirmed() throws Exception {
    PoliticalBody body = sample.body("Nedlagt utvalg");
    Meeting first = sample.meeting(body, 4);
    Meeting second = sample.meeting(body, 6);
    PoliticalCase roads = sample.caseIn("Veivedlikehold", first, second);
    sample.follow(body);
    String path = "/console/bodies/" + body.id().value();

    assertThat(kari.get(path).body()).contains("Slett organet …", path + "/delete");
    HttpResponse<String> confirm = kari.get(path + "/delete");
    assertThat(confirm.body())
        .contains("Slette " + body.name() + "?")
        .contains("Alle organets 2 møter slettes.")
        .contains(
            (planned(first).size() + planned(second).size())
                + " planlagte påminnelser til møtene trekkes tilbake.")
        .contains("Møtene tas ut av 1 sak; saken blir stående.")
        .contains("1 leder følger organet og slutter å følge det.")
        .contains("Dette kan ikke angres.");
    assertThat(kari.post(path + "/delete", form(null)).statusCode()).isEqualTo(403);
    assertThat(bodies.findById(sample.tenant, body.id())).isPresent();

    HttpResponse<String> deleted = kari.post(path + "/delete", form(csrf(confirm.body())));
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(deleted.headers().firstValue("location").orElseThrow())
        .endsWith("/console/bodies?deleted");
    assertThat(bodies.findById(sample.tenant, body.id())).isEmpty();
    assertThat(meetings.findByBody(sample.tenant, body.id(), Instant.EPOCH, 10)).isEmpty();
    assertThat(cases.findById(sample.tenant, roads.id()).orElseThrow().meetingIds()).isEmpty();
    assertThat(follows.of(sample.tenant, sample.owner.id()).bodies()).doesNotContain(body.id());
    assertThat(planned(first)).isEmpty();
    assertThat(planned(second)).isEmpty();
    assertThat(kari.get("/console/bodies?deleted").body()).contains("Organet er slettet.");
    assertThat(kari.get(path).statusCode()).isEqualTo(404);
    assertThat(audited()).contains("POST " + path + "/delete");
  }

  @Test
  void aBodyACalendarFeedFillsIsRefusedWithWhatToDoAndStays() throws Exception {
    PoliticalBody body = sample.body("Kalenderutvalget");
    Meeting meeting = sample.meeting(body, 4);
    ImportSource feed =
        sources.add(
            sample.tenant,
            new ManageImportSources.Draft(
                ImportSource.Kind.ICS,
                body.id().value(),
                "https://calendar.example.org/utvalg.ics",
                null,
                null));
    String path = "/console/bodies/" + body.id().value();
    try {
      HttpResponse<String> page = kari.get(path + "/delete");
      assertThat(page.body())
          .contains("1 kalender eller eInnsyn-kilde henter møter til organet")
          .contains("Kalendere og eInnsyn")
          .doesNotContain("data-testid=\"confirm-delete\"");

      HttpResponse<String> forged = kari.post(path + "/delete", form(csrf(page.body())));
      assertThat(forged.statusCode()).isEqualTo(409);
      assertThat(bodies.findById(sample.tenant, body.id())).isPresent();
      assertThat(meetings.findById(sample.tenant, meeting.id())).contains(meeting);
    } finally {
      sources.remove(sample.tenant, feed.id());
    }
  }

  @Test
  void anotherMunicipalitysBodyAndMeetingAre404AndStay() throws Exception {
    PoliticalBody theirs = havnes.body("Havnes formannskap");
    Meeting theirMeeting = havnes.meeting(theirs, 4);
    PoliticalBody ours = sample.body("Vårt utvalg");
    String token = csrf(kari.get("/console/bodies/" + ours.id().value() + "/delete").body());
    String theirPath = "/console/bodies/" + theirs.id().value();

    assertThat(kari.get(theirPath + "/delete").statusCode()).isEqualTo(404);
    assertThat(kari.post(theirPath + "/delete", form(token)).statusCode()).isEqualTo(404);
    assertThat(kari.get(meetingPath(theirMeeting) + "/delete").statusCode()).isEqualTo(404);
    assertThat(kari.post(meetingPath(theirMeeting) + "/delete", form(token)).statusCode())
        .isEqualTo(404);
    // Their meeting under our body's path is no more ours.
    String underOurs =
        "/console/bodies/" + ours.id().value() + "/meetings/" + theirMeeting.id().value();
    assertThat(kari.post(underOurs + "/delete", form(token)).statusCode()).isEqualTo(404);
    assertThat(bodies.findById(havnes.tenant, theirs.id())).isPresent();
    assertThat(meetings.findById(havnes.tenant, theirMeeting.id())).isPresent();
  }

  private List<Nudge> planned(Meeting meeting) {
    return sample.nudgesAbout(meeting.id()).stream()
        .filter(n -> n.status() == NudgeStatus.PLANNED)
        .toList();
  }

  private List<String> audited() {
    return audit
        .find(new AuditQuery(sample.tenant, AuditEntry.ADMIN_CHANGE, null, null, 0, 200))
        .stream()
        .map(AuditEntry::what)
        .toList();
  }

  private static String meetingPath(Meeting meeting) {
    return "/console/bodies/" + meeting.bodyId().value() + "/meetings/" + meeting.id().value();
  }
}
