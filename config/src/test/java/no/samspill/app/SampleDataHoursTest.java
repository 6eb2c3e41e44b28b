package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sample municipality meets at the hours municipalities do, never at night or on Sundays. */
class SampleDataHoursTest {

  @Test
  void theEndedMeetingIsTheLatestWeekdayMorningThatIsOver() {
    // Tuesday 1 December 2026, 14:00 in Oslo: this morning's meeting is over.
    assertThat(SampleData.lastMorningMeeting(Instant.parse("2026-12-01T13:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    // Tuesday 10:30: still in session, so Monday's.
    assertThat(SampleData.lastMorningMeeting(Instant.parse("2026-12-01T09:30:00Z")))
        .isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    // Monday 07:00: the weekend is skipped back to Friday.
    assertThat(SampleData.lastMorningMeeting(Instant.parse("2026-11-30T06:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
  }

  @Test
  void comingMeetingsFallOnWeekdaysAtTheirHour() {
    // Six days after Tuesday 1 December is Monday 7; five days after is Sunday, moved to Monday.
    assertThat(SampleData.weekdayAt(Instant.parse("2026-12-01T13:00:00Z"), 6, 18))
        .isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
    assertThat(SampleData.weekdayAt(Instant.parse("2026-12-01T13:00:00Z"), 5, 13))
        .isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
  }
}
