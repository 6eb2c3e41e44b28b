package no.samspill.app;

import static no.samspill.app.ConsoleSession.csrf;
import static no.samspill.app.ConsoleSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.retention.RetentionPolicy;
import no.samspill.core.schedule.ChangeSchedulePolicy;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Innstillinger's retention periods over plain HTTP: shown with what each deletes when, changed in
 * the same form as the schedule and in Logg like it; a value out of its range (the admin API's
 * range, from bot-core) is said beside its field in the coordinator's language and neither policy
 * is saved; a post without its token is a 403. The sample municipality's policies are put back.
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
class ConsoleSettingsHttpIntegrationTest {

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired SchedulePolicies schedules;
  @Autowired ChangeSchedulePolicy changeSchedule;
  @Autowired RetentionPolicies retention;
  @Autowired AuditLog audit;

  private ConsoleSession kari;
  private SchedulePolicy scheduleBefore;
  private RetentionPolicy retentionBefore;
  private Leader kariBefore;
  private Instant started;

  @BeforeEach
  void signIn() throws Exception {
    ConsoleFixture.addPeople(tenants, leaders);
    scheduleBefore = schedules.of(ConsoleFixture.SAMPLE);
    retentionBefore = retention.of(ConsoleFixture.SAMPLE);
    kariBefore = leaders.findById(ConsoleFixture.KARI).orElseThrow();
    started = Instant.now();
    kari = ConsoleSession.demo(port);
  }

  @AfterEach
  void putThemBack() {
    changeSchedule.change(scheduleBefore);
    retention.save(retentionBefore);
    leaders.save(kariBefore);
  }

  @Test
  void showsEachRetentionPeriodWithWhatItDeletesWhen() throws Exception {
    HttpResponse<String> page = kari.get("/console/settings");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Hvor lenge Samspill tar vare på data")
        .contains("id=\"reflectionMonths\" name=\"reflectionMonths\" value=\"" + months(0) + "\"")
        .contains("id=\"auditMonths\" name=\"auditMonths\" value=\"" + months(3) + "\"")
        .contains(
            "En refleksjon slettes, sammen med samtalen den hører til, når det har gått så mange"
                + " måneder siden den sist ble endret (1–120).")
        .contains("Et ukesammendrag slettes fra Samspills arkiv")
        .contains("planlagte påminnelser slettes ikke (1–60)")
        .contains(
            "En hendelse i loggen slettes når det har gått så mange måneder siden den ble"
                + " skrevet (12–240).")
        .contains("aria-describedby=\"nudgeMonths-hint\"");
  }

  @Test
  void aChangeIsSavedWithTheScheduleAndWrittenToTheLog() throws Exception {
    String token = csrf(kari.get("/console/settings").body());

    HttpResponse<String> saved =
        kari.post(
            "/console/settings",
            settings(token, "anonymityThreshold", "4", "digestMonths", "12", "auditMonths", "120"));

    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("location").orElseThrow())
        .endsWith("/console/settings?saved");
    RetentionPolicy now = retention.of(ConsoleFixture.SAMPLE);
    assertThat(now.digestMonths()).isEqualTo(12);
    assertThat(now.auditMonths()).isEqualTo(120);
    assertThat(now.reflectionMonths()).isEqualTo(retentionBefore.reflectionMonths());
    assertThat(schedules.of(ConsoleFixture.SAMPLE).anonymityThreshold()).isEqualTo(4);
    assertThat(kari.get("/console/settings?saved").body())
        .contains("id=\"digestMonths\" name=\"digestMonths\" value=\"12\"");
    assertThat(audited()).contains("POST /console/settings");
  }

  @Test
  void aPeriodOutOfRangeIsSaidBesideItsFieldAndNeitherPolicyIsSaved() throws Exception {
    int entries = audited().size();
    String token = csrf(kari.get("/console/settings").body());

    HttpResponse<String> tooShort =
        kari.post(
            "/console/settings",
            settings(
                token, "anonymityThreshold", "6", "reflectionMonths", "6", "auditMonths", "11"));

    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body())
        .contains(
            "<p class=\"error\" id=\"auditMonths-error\">Skriv et antall måneder fra 12 til 240."
                + " Med kortere tid enn et år kan loggen være borte før en klage er ferdig"
                + " behandlet.</p>")
        .contains("aria-describedby=\"auditMonths-hint auditMonths-error\"")
        .contains("id=\"auditMonths\" name=\"auditMonths\" value=\"11\"")
        .contains("Ingenting er lagret.");
    assertUnchanged();

    for (String[] typed :
        new String[][] {{"nudgeMonths", "0"}, {"nudgeMonths", "61"}, {"digestMonths", "-3"}}) {
      HttpResponse<String> refused =
          kari.post("/console/settings", settings(token, typed[0], typed[1]));
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body())
          .contains("id=\"" + typed[0] + "-error\">Skriv et antall måneder fra 1 til");
    }
    HttpResponse<String> words =
        kari.post("/console/settings", settings(token, "digestMonths", "for alltid"));
    assertThat(words.statusCode()).isEqualTo(400);
    assertThat(words.body())
        .contains("id=\"digestMonths-error\">Skriv et helt antall måneder.</p>");
    // A schedule field refused: the retention period typed beside it is not saved either.
    HttpResponse<String> schedule =
        kari.post(
            "/console/settings", settings(token, "anonymityThreshold", "2", "digestMonths", "6"));
    assertThat(schedule.statusCode()).isEqualTo(400);
    assertThat(schedule.body()).contains("id=\"anonymityThreshold-error\"");
    assertUnchanged();
    assertThat(audited()).hasSize(entries);
  }

  @Test
  void theRefusalIsInTheCoordinatorsOwnLanguage() throws Exception {
    String token = csrf(kari.get("/console/settings").body());
    for (Language language : List.of(Language.NN, Language.EN)) {
      leaders.save(as(language));

      HttpResponse<String> refused =
          kari.post("/console/settings", settings(token, "nudgeMonths", "100"));

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body())
          .contains("lang=\"" + language.code() + "\"")
          .contains(
              language == Language.NN
                  ? "id=\"nudgeMonths-error\">Skriv eit tal månader frå 1 til 60.</p>"
                  : "id=\"nudgeMonths-error\">Enter a number of months from 1 to 60.</p>")
          .contains(
              language == Language.NN
                  ? "Kor lenge Samspill tek vare på data"
                  : "How long Samspill keeps data");
    }
    assertUnchanged();
  }

  @Test
  void aPostWithoutItsTokenIs403AndSavesNothing() throws Exception {
    HttpResponse<String> forged =
        kari.post("/console/settings", settings(null, "reflectionMonths", "1"));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertUnchanged();
  }

  /** The settings form as the page shows it now, with some fields typed over. */
  private String settings(String token, String... typed) throws Exception {
    SchedulePolicy s = schedules.of(ConsoleFixture.SAMPLE);
    RetentionPolicy r = retention.of(ConsoleFixture.SAMPLE);
    List<String> pairs =
        new ArrayList<>(
            List.of(
                "workStart",
                s.workStart().toString(),
                "workEnd",
                s.workEnd().toString(),
                "preLeadDays",
                Integer.toString(s.preLeadDays()),
                "afterMeetingHours",
                Long.toString(s.afterMeeting().toHours()),
                "closedDays",
                s.closedDays().stream().map(LocalDate::toString).collect(Collectors.joining("\n")),
                "digestDay",
                s.digestDay().name(),
                "digestTime",
                s.digestTime().toString(),
                "anonymityThreshold",
                Integer.toString(s.anonymityThreshold()),
                "reflectionMonths",
                Integer.toString(r.reflectionMonths()),
                "digestMonths",
                Integer.toString(r.digestMonths()),
                "nudgeMonths",
                Integer.toString(r.nudgeMonths()),
                "auditMonths",
                Integer.toString(r.auditMonths())));
    s.preLeadDaysByBody()
        .forEach((kind, days) -> pairs.addAll(List.of("leadDays[" + kind + "]", days.toString())));
    for (int i = 0; i + 1 < typed.length; i += 2) {
      pairs.set(pairs.indexOf(typed[i]) + 1, typed[i + 1]);
    }
    return form(token, pairs.toArray(String[]::new));
  }

  private void assertUnchanged() {
    assertThat(retention.of(ConsoleFixture.SAMPLE)).isEqualTo(retentionBefore);
    assertThat(schedules.of(ConsoleFixture.SAMPLE)).isEqualTo(scheduleBefore);
  }

  private int months(int field) {
    RetentionPolicy r = retentionBefore;
    return new int[] {r.reflectionMonths(), r.digestMonths(), r.nudgeMonths(), r.auditMonths()}
        [field];
  }

  private Leader as(Language language) {
    Leader l = kariBefore;
    return new Leader(
        l.id(),
        l.tenantId(),
        l.name(),
        l.role(),
        l.email(),
        language,
        l.timeZone(),
        l.coordinator(),
        l.identities(),
        l.createdAt());
  }

  private List<String> audited() {
    return audit
        .find(new AuditQuery(ConsoleFixture.SAMPLE, AuditEntry.ADMIN_CHANGE, started, null, 0, 500))
        .stream()
        .map(AuditEntry::what)
        .toList();
  }
}
