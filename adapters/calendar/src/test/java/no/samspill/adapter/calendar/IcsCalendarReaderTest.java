package no.samspill.adapter.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import no.samspill.core.imports.ImportProblem;
import no.samspill.core.imports.ImportedMeeting;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.UnreadableSourceException;
import org.junit.jupiter.api.Test;

class IcsCalendarReaderTest {

  static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant TO = Instant.parse("2027-03-01T00:00:00Z");
  static final String OUTLOOK_UID =
      "040000008200E00074C5B7101A82E00800000000D0A1B2C3E4F5DC01000000000000000"
          + "010000000A1B2C3D4E5F60718293A4B5C6D7E8F90";

  private final IcsCalendarReader reader = StepClock.reader(CalendarProperties.Limits.DEFAULT);

  static byte[] resource(String name) throws IOException {
    try (InputStream in = IcsCalendarReaderTest.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void expandsAnOutlookSeriesAcrossTheDaylightSavingChangeWithExdateAndAMovedOccurrence()
      throws IOException {
    MeetingFeed feed = reader.read(resource("outlook-formannskapet.ics"), FROM, TO);

    assertThat(feed.problems()).isEmpty();
    assertThat(feed.meetings())
        .filteredOn(m -> m.key().startsWith(OUTLOOK_UID))
        .extracting(ImportedMeeting::key, ImportedMeeting::title, ImportedMeeting::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                OUTLOOK_UID + "/2026-03-17T15:00:00Z",
                "Formannskapet",
                Instant.parse("2026-03-17T15:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                OUTLOOK_UID + "/2026-03-31T14:00:00Z",
                "Formannskapet (flyttet)",
                Instant.parse("2026-04-01T07:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                OUTLOOK_UID + "/2026-04-28T14:00:00Z",
                "Formannskapet",
                Instant.parse("2026-04-28T14:00:00Z")));
  }

  @Test
  void marksAnOutlookCancellationAsCancelled() throws IOException {
    MeetingFeed feed = reader.read(resource("outlook-formannskapet.ics"), FROM, TO);

    assertThat(feed.meetings())
        .filteredOn(ImportedMeeting::cancelled)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.title()).startsWith("Avlyst");
              assertThat(m.start()).isEqualTo(Instant.parse("2026-03-24T09:00:00Z"));
              assertThat(m.end()).isEqualTo(Instant.parse("2026-03-24T11:00:00Z"));
            });
  }

  @Test
  void readsAGoogleExportInOsloTimeAndInUtcAndLeavesPastEventsOut() throws IOException {
    MeetingFeed feed = reader.read(resource("google-kommunestyret.ics"), FROM, TO);

    assertThat(feed.meetings())
        .extracting(ImportedMeeting::key, ImportedMeeting::start, ImportedMeeting::end)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "5k2n3o4p5q6r7s8t9u0v1w2x3y@google.com",
                Instant.parse("2026-06-18T08:00:00Z"),
                Instant.parse("2026-06-18T13:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                "0a1b2c3d4e5f6g7h8i9j@google.com",
                Instant.parse("2026-05-07T08:00:00Z"),
                Instant.parse("2026-05-07T12:00:00Z")));
  }

  @Test
  void namesEveryBadEventAndKeepsTheGoodOne() throws IOException {
    MeetingFeed feed = reader.read(resource("broken-events.ics"), FROM, TO);

    assertThat(feed.problems())
        .extracting(ImportProblem::item, ImportProblem::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("event 1 (Hovedutvalg uten UID)", "it has no UID"),
            org.assertj.core.groups.Tuple.tuple(
                "UID no-end@fjordvik.kommune.no", "it has no end (DTEND or DURATION)"),
            org.assertj.core.groups.Tuple.tuple(
                "UID all-day@fjordvik.kommune.no", "it is an all-day event without a time of day"));
    assertThat(feed.problems())
        .extracting(ImportProblem::why, ImportProblem::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ImportProblem.Why.NO_UID, 4),
            org.assertj.core.groups.Tuple.tuple(ImportProblem.Why.NO_END, 9),
            org.assertj.core.groups.Tuple.tuple(ImportProblem.Why.ALL_DAY, 14));
    assertThat(feed.meetings())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.key()).isEqualTo("good@fjordvik.kommune.no");
              assertThat(m.start()).isEqualTo(Instant.parse("2026-05-19T15:00:00Z"));
              assertThat(m.end()).isEqualTo(Instant.parse("2026-05-19T17:30:00Z"));
            });
  }

  @Test
  void readsAFloatingTimeAsNorwegianLocalTimeWhateverTheJvmsZone() {
    byte[] floating =
        String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "BEGIN:VEVENT",
                "UID:floating@fjordvik.kommune.no",
                "DTSTART:20260616T180000",
                "DTEND:20260616T200000",
                "END:VEVENT",
                "END:VCALENDAR")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.TimeZone jvm = java.util.TimeZone.getDefault();
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
      assertThat(reader.read(floating, FROM, TO).meetings())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.start()).isEqualTo(Instant.parse("2026-06-16T16:00:00Z"));
                assertThat(m.end()).isEqualTo(Instant.parse("2026-06-16T18:00:00Z"));
              });
    } finally {
      java.util.TimeZone.setDefault(jvm);
    }
  }

  @Test
  void refusesADocumentThatIsNotICalendar() {
    byte[] html = "<!DOCTYPE html><html><body>Innlogging</body></html>".getBytes();

    assertThatThrownBy(() -> reader.read(html, FROM, TO))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("Not an iCalendar document");
  }
}
