package no.samspill.adapter.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import no.samspill.core.imports.ImportLimitException;
import no.samspill.core.imports.MeetingFeed;
import org.junit.jupiter.api.Test;

/** Files written to make an import expand without end; each stops at a named limit, quickly. */
class HostileCalendarTest {

  static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant TO = Instant.parse("2027-03-01T00:00:00Z");

  private final IcsCalendarReader reader = StepClock.reader(CalendarProperties.Limits.DEFAULT);

  /**
   * {@code count} events, each with the given RRULE (none when null), starting at {@code start}.
   */
  static byte[] calendar(int count, String rrule, String start) {
    StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x\r\n");
    for (int i = 0; i < count; i++) {
      ics.append("BEGIN:VEVENT\r\nUID:hostile-")
          .append(i)
          .append("\r\nDTSTART:")
          .append(start)
          .append("\r\nDURATION:PT1H\r\nSUMMARY:Møte ")
          .append(i)
          .append("\r\n");
      if (rrule != null) {
        ics.append("RRULE:").append(rrule).append("\r\n");
      }
      ics.append("END:VEVENT\r\n");
    }
    return ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void hourlyRulesWithoutAnEndAreRefusedAtTheOccurrenceLimit() {
    // The reproducer: a few KB of hourly RRULEs once made about 20,000 meetings.
    byte[] ics = calendar(40, "FREQ=HOURLY", "20260301T090000Z");

    assertThatThrownBy(() -> reader.read(ics, FROM, TO))
        .isInstanceOfSatisfying(
            ImportLimitException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("occurrences");
              assertThat(e.getMessage()).contains("hostile-0").contains("500");
            });
  }

  @Test
  void aHugeCountFromLongAgoIsReadFromTheWindowOnly() {
    byte[] ics = calendar(1, "FREQ=DAILY;COUNT=100000000", "19300101T090000Z");

    // Walking the series from 1930 would be some 35,000 steps, past the 5,000 allowed here.
    MeetingFeed feed =
        StepClock.reader(CalendarProperties.Limits.DEFAULT, Duration.ofMillis(1))
            .read(ics, FROM, TO);

    assertThat(feed.meetings()).hasSize(365);
    assertThat(feed.meetings().get(0).start()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
  }

  @Test
  void aSeriesFromMoreThanACenturyAgoIsReportedNotSilentlyEmpty() {
    MeetingFeed feed = reader.read(calendar(1, "FREQ=WEEKLY", "19000101T090000Z"), FROM, TO);

    assertThat(feed.meetings()).isEmpty();
    assertThat(feed.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("100 years"));
  }

  @Test
  void tooManyEventsAreRefusedBeforeTheFileIsParsed() {
    byte[] ics = calendar(2001, null, "20260401T090000Z");

    assertThatThrownBy(() -> reader.read(ics, FROM, TO))
        .isInstanceOfSatisfying(
            ImportLimitException.class, e -> assertThat(e.limit()).isEqualTo("events"));
  }

  @Test
  void manyEventsThatEachRecurWithinTheirLimitStopAtTheMeetingLimit() {
    byte[] ics = calendar(20, "FREQ=DAILY", "20260301T090000Z");

    assertThatThrownBy(() -> reader.read(ics, FROM, TO))
        .isInstanceOfSatisfying(
            ImportLimitException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("meetings");
              assertThat(e.getMessage()).contains("5000");
            });
  }

  @Test
  void rulesFinerThanHourlyAreReportedAndSkipped() {
    byte[] ics = calendar(1, "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "20260301T090000Z");

    MeetingFeed feed = reader.read(ics, FROM, TO);

    assertThat(feed.meetings()).isEmpty();
    assertThat(feed.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.key()).isEqualTo("hostile-0"));
  }

  @Test
  void aRuleThatNeverMatchesEndsWithinTheBudget() {
    byte[] ics = calendar(50, "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30", "20260301T090000Z");

    long started = System.nanoTime();
    try {
      MeetingFeed feed = reader.read(ics, FROM, TO);
      assertThat(feed.meetings()).isEmpty();
    } catch (ImportLimitException e) {
      assertThat(e.limit()).isEqualTo("budget");
    }

    // The library's search for a match runs outside the budget's steps: a guard against it
    // spinning for minutes, loose enough that no load on a CI machine reaches it.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void aFileThatTakesLongerThanTheBudgetIsRefused() {
    IcsCalendarReader impatient =
        StepClock.reader(
            new CalendarProperties.Limits(2000, 500, 5000, Duration.ZERO, 5L * 1024 * 1024));

    assertThatThrownBy(
            () -> impatient.read(calendar(3, "FREQ=WEEKLY", "20260301T090000Z"), FROM, TO))
        .isInstanceOfSatisfying(
            ImportLimitException.class,
            e -> {
              assertThat(e.limit()).isEqualTo("budget");
              assertThat(e.getMessage()).contains("0 s");
            });
  }
}
