package no.samspill.app;

import static no.samspill.app.ConsoleSession.csrf;
import static no.samspill.app.ConsoleSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CancelMeeting;
import no.samspill.core.casework.ChangeFollows;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.SaveBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.PublicHolidays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Organer og møter over plain HTTP: a body and its meetings are added, moved and cancelled with the
 * nudges following at once; refused forms save nothing; CSRF and other tenants' ids are refused; an
 * .ics upload reports what it did. Everything here is this test's own body in the sample
 * municipality or the second one: the sample's bodies and meetings are never touched.
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
class ConsoleBodiesHttpIntegrationTest {

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;
  @Autowired SaveBody saveBody;
  @Autowired CancelMeeting cancelMeeting;
  @Autowired ChangeFollows changeFollows;
  @Autowired Follows follows;
  @Autowired Nudges nudges;
  @Autowired AuditLog audit;
  @Autowired PublicHolidays holidays;

  private final String name = "Testutvalg " + UUID.randomUUID().toString().substring(0, 8);
  private final LeaderId follower = LeaderId.random();
  private ConsoleSession kari;

  @BeforeEach
  void signIn() throws Exception {
    ConsoleFixture.addPeople(tenants, leaders);
    kari = ConsoleSession.demo(port);
  }

  @AfterEach
  void cancelOurMeetingsAndRemoveTheFollower() {
    // The chat offers the tenant's coming meetings; on a shared database ours must not be among
    // them.
    for (PoliticalBody body : ours()) {
      meetings.findByBody(ConsoleFixture.SAMPLE, body.id(), Instant.EPOCH, 50).stream()
          .filter(m -> !m.cancelled())
          .forEach(m -> cancelMeeting.cancel(ConsoleFixture.SAMPLE, m.id()));
    }
    follows.delete(ConsoleFixture.SAMPLE, follower);
    nudges.deleteByLeader(follower);
    leaders.delete(follower);
  }

  @Test
  void aBodyFormWithoutItsTokenIs403AndABlankNameIsRefusedBesideTheField() throws Exception {
    assertThat(
            kari.post("/console/bodies", form(null, "name", name, "kind", "UTVALG")).statusCode())
        .isEqualTo(403);
    String page = kari.get("/console/bodies/new").body();
    HttpResponse<String> blank =
        kari.post("/console/bodies", form(csrf(page), "name", " ", "kind", "UTVALG"));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body())
        .contains("id=\"name-error\"", "Fyll ut feltet, med høyst 200 tegn.")
        .contains("aria-describedby=\"name-error\"");
    assertThat(ours()).isEmpty();
  }

  @Test
  void aMeetingIsAddedMovedAndCancelledAndItsNudgesFollowAtOnce() throws Exception {
    PoliticalBody body = addBody();
    follow(body);
    String bodyPath = "/console/bodies/" + body.id().value();
    LocalDate day = fourWorkingDaysFrom(LocalDate.now(ConsoleCalendarFile.OSLO).plusWeeks(2));
    String token = csrf(kari.get(bodyPath + "/meetings/new").body());

    HttpResponse<String> badDate =
        kari.post(bodyPath + "/meetings", meeting(token, "24.12.2026", "18:00", "20:00"));
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("id=\"date-error\"", "Skriv en dato som 2026-12-24.");
    HttpResponse<String> backwards =
        kari.post(bodyPath + "/meetings", meeting(token, day.toString(), "20:00", "18:00"));
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body()).contains("id=\"start-error\"", "møtet må slutte etter");
    assertThat(meetings.findByBody(ConsoleFixture.SAMPLE, body.id(), Instant.EPOCH, 10)).isEmpty();

    HttpResponse<String> added =
        kari.post(bodyPath + "/meetings", meeting(token, day.toString(), "18:00", "20:00"));
    assertThat(added.statusCode()).isEqualTo(302);
    Meeting meeting = onlyMeeting(body);
    assertThat(meeting.start()).isEqualTo(oslo(day, 18));
    Instant firstDue = meetingEndedNudge(meeting.id()).dueAt();
    assertThat(firstDue).isAfterOrEqualTo(oslo(day, 20));

    String meetingPath = bodyPath + "/meetings/" + meeting.id().value();
    assertThat(kari.get(meetingPath + "?saved").body()).contains("Møtet er lagret");
    HttpResponse<String> moved =
        kari.post(meetingPath, meeting(token, day.plusDays(2).toString(), "17:00", "19:00"));
    assertThat(moved.statusCode()).isEqualTo(302);
    assertThat(onlyMeeting(body).start()).isEqualTo(oslo(day.plusDays(2), 17));
    assertThat(meetingEndedNudge(meeting.id()).dueAt())
        .isAfterOrEqualTo(oslo(day.plusDays(2), 19))
        .isNotEqualTo(firstDue);

    assertThat(kari.post(meetingPath + "/cancel", form(null)).statusCode()).isEqualTo(403);
    assertThat(onlyMeeting(body).cancelled()).isFalse();
    assertThat(kari.post(meetingPath + "/cancel", form(token)).statusCode()).isEqualTo(302);
    assertThat(onlyMeeting(body).cancelled()).isTrue();
    assertThat(planned(meeting.id())).isEmpty();
    assertThat(kari.get(bodyPath).body()).contains("(avlyst)");
    assertThat(kari.get(meetingPath).body())
        .contains("Møtet er avlyst")
        .doesNotContain("data-testid=\"save-meeting\"");
  }

  @Test
  void anotherTenantsBodyAndMeetingAre404AndAForgedPostChangesNothing() throws Exception {
    PoliticalBody theirs =
        saveBody.add(ConsoleFixture.HAVNES, new SaveBody.BodyDraft(name, BodyKind.FORMANNSKAP));
    String token = csrf(kari.get("/console/bodies/new").body());
    HttpResponse<String> page = kari.get("/console/bodies/" + theirs.id().value());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Fant ikke siden").doesNotContain(name);
    assertThat(kari.get("/console/bodies").body()).doesNotContain(name);
    assertThat(
            kari.post(
                    "/console/bodies/" + theirs.id().value(),
                    form(token, "name", "Kapret", "kind", "RAD"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            kari.upload(
                    "/console/bodies/" + theirs.id().value() + "/import",
                    token,
                    "utvalg.ics",
                    ConsoleCalendarFile.content())
                .statusCode())
        .isEqualTo(404);
    assertThat(bodies.findById(ConsoleFixture.HAVNES, theirs.id())).contains(theirs);
    assertThat(meetings.findByBody(ConsoleFixture.HAVNES, theirs.id(), Instant.EPOCH, 10))
        .isEmpty();

    PoliticalBody ours = addBody();
    String wrongBody =
        "/console/bodies/" + ours.id().value() + "/meetings/" + MeetingId.random().value();
    assertThat(kari.get(wrongBody).statusCode()).isEqualTo(404);
  }

  @Test
  void anIcsUploadReportsWhatItDidAndRefusesWhatIsNoCalendarOrTooLarge() throws Exception {
    PoliticalBody body = addBody();
    String importPath = "/console/bodies/" + body.id().value() + "/import";
    String token = csrf(kari.get(importPath).body());

    assertThat(
            kari.upload(importPath, null, "utvalg.ics", ConsoleCalendarFile.content()).statusCode())
        .isEqualTo(403);
    HttpResponse<String> html =
        kari.upload(importPath, token, "utvalg.ics", "<html>Logg inn</html>".getBytes());
    assertThat(html.statusCode()).isEqualTo(400);
    assertThat(html.body()).contains("Dette er ikke en kalenderfil.", "id=\"file-error\"");
    HttpResponse<String> large =
        kari.upload(importPath, token, "stor.ics", new byte[1024 * 1024 + 1]);
    assertThat(large.statusCode()).isEqualTo(400);
    assertThat(large.body()).contains("Filen er større enn 1 MB.");
    assertThat(meetings.findByBody(ConsoleFixture.SAMPLE, body.id(), Instant.EPOCH, 10)).isEmpty();

    HttpResponse<String> uploaded =
        kari.upload(importPath, token, "utvalg.ics", ConsoleCalendarFile.content());
    assertThat(uploaded.statusCode()).isEqualTo(302);
    String report = kari.get(importPath + "?done").body();
    assertThat(report)
        .contains("2 møter lagt til", "0 møter avlyst", "1 hendelse ble ikke lest inn")
        .contains(
            "Linje " + ConsoleCalendarFile.OPEN_ENDED_LINE + ":",
            "Hendelsen mangler sluttid (DTEND eller DURATION).");
    assertThat(meetings.findByBody(ConsoleFixture.SAMPLE, body.id(), Instant.EPOCH, 10))
        .extracting(Meeting::start)
        .containsExactly(
            oslo(ConsoleCalendarFile.first(), 18), oslo(ConsoleCalendarFile.second(), 17));
    // The report was for that one redirect; the page afterwards is the plain form again.
    assertThat(kari.get(importPath).body()).doesNotContain("data-testid=\"report\"");
  }

  private PoliticalBody addBody() throws Exception {
    String token = csrf(kari.get("/console/bodies/new").body());
    HttpResponse<String> added =
        kari.post("/console/bodies", form(token, "name", name, "kind", "UTVALG"));
    assertThat(added.statusCode()).isEqualTo(302);
    PoliticalBody body = ours().get(0);
    assertThat(added.headers().firstValue("location").orElseThrow())
        .endsWith("/console/bodies/" + body.id().value() + "?saved");
    assertThat(body.kind()).isEqualTo(BodyKind.UTVALG);
    assertThat(audit.find(new AuditQuery(ConsoleFixture.SAMPLE, null, null, null, 0, 50)))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.ADMIN_CHANGE);
              assertThat(e.actor()).isEqualTo(ConsoleFixture.KARI);
              assertThat(e.what()).isEqualTo("POST /console/bodies");
            });
    return body;
  }

  private List<PoliticalBody> ours() {
    return bodies.findByTenant(ConsoleFixture.SAMPLE).stream()
        .filter(b -> b.name().equals(name))
        .toList();
  }

  /** A leader of this test alone follows the body, so each meeting gets a meeting-ended nudge. */
  private void follow(PoliticalBody body) {
    leaders.save(
        new Leader(
            follower,
            ConsoleFixture.SAMPLE,
            "Frida Følger",
            null,
            null,
            Language.NB,
            null,
            false,
            List.of(),
            Instant.now()));
    changeFollows.change(ConsoleFixture.SAMPLE, follower, List.of(body.id()), true);
  }

  private Meeting onlyMeeting(PoliticalBody body) {
    List<Meeting> found = meetings.findByBody(ConsoleFixture.SAMPLE, body.id(), Instant.EPOCH, 10);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private List<Nudge> planned(MeetingId meeting) {
    return nudges.upcoming(follower, Instant.EPOCH, 50).stream()
        .filter(n -> meeting.equals(n.meetingId()))
        .toList();
  }

  private Nudge meetingEndedNudge(MeetingId meeting) {
    List<Nudge> found = planned(meeting);
    assertThat(found).singleElement().extracting(Nudge::kind).isEqualTo(NudgeKind.MEETING_ENDED);
    return found.get(0);
  }

  private static String meeting(String csrf, String date, String start, String end) {
    return form(
        csrf,
        "title",
        "Utvalgsmøte",
        "date",
        date,
        "start",
        start,
        "end",
        end,
        "itemNumber[0]",
        "",
        "itemTitle[0]",
        "",
        "itemCase[0]",
        "");
  }

  /**
   * The first day on or after {@code from} that begins four working days in a row: an evening
   * meeting's nudge falls on the next morning, so on any other days the meeting and the one moved
   * two days on could share one (Friday's and Sunday's both on Monday, as on 2026-12-04).
   */
  private LocalDate fourWorkingDaysFrom(LocalDate from) {
    LocalDate day = from;
    while (!Stream.iterate(day, d -> d.plusDays(1)).limit(4).allMatch(this::workingDay)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private boolean workingDay(LocalDate date) {
    return date.getDayOfWeek().getValue() <= 5 && !holidays.isHoliday(date);
  }

  private static Instant oslo(LocalDate day, int hour) {
    return ZonedDateTime.of(day.atTime(hour, 0), ConsoleCalendarFile.OSLO).toInstant();
  }
}
