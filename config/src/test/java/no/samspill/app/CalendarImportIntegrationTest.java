package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.directory.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An .ics upload through the admin API, stored in MongoDB: created, moved, then cancelled. */
class CalendarImportIntegrationTest {

  static final String TOKEN = "calendar-test-token";
  static final String UPLOAD = "/api/v1/tenants/sample-fjordvik/bodies/sample-ks/imports/ics";
  static final TenantId FJORDVIK = new TenantId("sample-fjordvik");
  static final String JUNE = "5k2n3o4p5q6r7s8t9u0v1w2x3y@google.com";
  static final String MAY = "0a1b2c3d4e5f6g7h8i9j@google.com";

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    app =
        TestApp.start(
            dir.resolve("ics.mv"),
            TestApp.newDatabase(),
            clock,
            new RecordingChannel(),
            "samspill.admin.token=" + TOKEN);
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static String calendar() throws Exception {
    try (InputStream in =
        CalendarImportIntegrationTest.class.getResourceAsStream("/ics/google-kommunestyret.ics")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static HttpResponse<String> upload(String ics, boolean complete) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + UPLOAD + "?complete=" + complete))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "text/calendar")
            .POST(HttpRequest.BodyPublishers.ofString(ics))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static Meeting stored(String uid) {
    return app.getBean(Meetings.class)
        .findByExternalId(FJORDVIK, "ics:sample-ks#" + uid)
        .orElseThrow();
  }

  @Test
  void importsMovesAndCancelsMeetingsFromUploadedCalendars() throws Exception {
    HttpResponse<String> first = upload(calendar(), true);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json.readTree(first.body()).get("created").asInt()).isEqualTo(2);
    assertThat(stored(JUNE).start()).isEqualTo(Instant.parse("2026-06-18T08:00:00Z"));

    String moved =
        calendar()
            .replace("20260618T100000", "20260625T120000")
            .replace("20260618T150000", "20260625T160000");
    String withoutMay =
        moved.substring(0, moved.indexOf("BEGIN:VEVENT\r\nDTSTART:20260507"))
            + moved.substring(moved.indexOf("BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Oslo:20260219"));
    JsonNode second = json.readTree(upload(withoutMay, true).body());

    assertThat(second.get("updated").asInt()).isEqualTo(1);
    assertThat(second.get("cancelled").asInt()).isEqualTo(1);
    assertThat(stored(JUNE).start()).isEqualTo(Instant.parse("2026-06-25T10:00:00Z"));
    assertThat(stored(MAY).cancelled()).isTrue();
    assertThat(
            app.getBean(Meetings.class)
                .findUpcoming(FJORDVIK, Instant.parse("2026-05-01T00:00:00Z"), 50))
        .extracting(Meeting::externalId)
        .doesNotContain("ics:sample-ks#" + MAY);
  }

  @Test
  void refusesAFileThatIsNotICalendarAndKeepsTheMeetings() throws Exception {
    HttpResponse<String> response = upload("Subject,Start Date\nKommunestyret,2026-06-18\n", true);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asString())
        .contains("Not an iCalendar");
  }

  @Test
  void reportsEventsWithoutAnEndByTheirUid() throws Exception {
    String ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:open-ended@x\r\n"
            + "SUMMARY:Uten slutt\r\nDTSTART:20260512T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    JsonNode report = json.readTree(upload(ics, false).body());

    assertThat(report.get("created").asInt()).isZero();
    assertThat(report.get("problems").get(0).get("item").asString()).isEqualTo("UID open-ended@x");
    assertThat(report.get("problems").get(0).get("reason").asString()).contains("no end");
  }

  @Test
  void aFileOfEndlessHourlyRulesIsA413NamingTheLimitAndNothingOfItIsStored() throws Exception {
    StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x\r\n");
    // A good event first: a half-read file would store it before reaching the bad ones.
    ics.append("BEGIN:VEVENT\r\nUID:good-first@x\r\nDTSTART:20260601T090000Z\r\n")
        .append("DURATION:PT2H\r\nSUMMARY:Godt møte\r\nEND:VEVENT\r\n");
    for (int i = 0; i < 40; i++) {
      ics.append("BEGIN:VEVENT\r\nUID:hourly-")
          .append(i)
          .append("@x\r\nDTSTART:20260302T100000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=HOURLY\r\n")
          .append("SUMMARY:Hver time\r\nEND:VEVENT\r\n");
    }
    ics.append("END:VCALENDAR\r\n");

    long started = System.nanoTime();
    HttpResponse<String> response = upload(ics.toString(), false);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("limit").asString()).isEqualTo("occurrences");
    assertThat(problem.get("detail").asString()).contains("hourly-0@x").contains("500");
    assertThat(app.getBean(Meetings.class).findByExternalId(FJORDVIK, "ics:sample-ks#good-first@x"))
        .isEmpty();
  }
}
