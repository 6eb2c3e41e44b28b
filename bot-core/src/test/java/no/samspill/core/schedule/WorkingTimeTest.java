package no.samspill.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import no.samspill.core.directory.TenantId;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** Easter 2027 and 17 May, as the holiday library reports them (checked in the adapter). */
  private static final PublicHolidays NORWAY_2027 =
      Set.of(
              LocalDate.of(2027, 3, 25),
              LocalDate.of(2027, 3, 26),
              LocalDate.of(2027, 3, 28),
              LocalDate.of(2027, 3, 29),
              LocalDate.of(2027, 5, 17))
          ::contains;

  private final SchedulePolicy policy = SchedulePolicy.defaults(TenantId.random());
  private final WorkingTime working = new WorkingTime(policy, NORWAY_2027);

  private static Instant oslo(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(OSLO).toInstant();
  }

  @Test
  void keepsAMomentInsideWorkingHours() {
    Instant tuesdayMorning = oslo(2027, 4, 13, 10, 30);

    assertThat(working.nextWorkingMoment(tuesdayMorning, OSLO)).isEqualTo(tuesdayMorning);
  }

  @Test
  void movesAnEveningMeetingsNudgeToTheNextMorning() {
    assertThat(working.nextWorkingMoment(oslo(2027, 4, 13, 21, 0), OSLO))
        .isEqualTo(oslo(2027, 4, 14, 8, 0));
    assertThat(working.nextWorkingMoment(oslo(2027, 4, 14, 6, 15), OSLO))
        .isEqualTo(oslo(2027, 4, 14, 8, 0));
  }

  @Test
  void skipsTheWeekend() {
    assertThat(working.nextWorkingMoment(oslo(2027, 4, 16, 17, 0), OSLO))
        .isEqualTo(oslo(2027, 4, 19, 8, 0));
  }

  @Test
  void skipsEasterFromMaundyThursdayToEasterMonday() {
    assertThat(working.nextWorkingMoment(oslo(2027, 3, 24, 18, 0), OSLO))
        .isEqualTo(oslo(2027, 3, 30, 8, 0));
  }

  @Test
  void skipsSeventeenthOfMay() {
    assertThat(working.nextWorkingMoment(oslo(2027, 5, 17, 11, 0), OSLO))
        .isEqualTo(oslo(2027, 5, 18, 8, 0));
  }

  @Test
  void skipsADayTheTenantClosed() {
    SchedulePolicy closed =
        new SchedulePolicy(
            policy.tenantId(),
            7,
            policy.preLeadDaysByBody(),
            policy.afterMeeting(),
            policy.workStart(),
            policy.workEnd(),
            Set.of(LocalDate.of(2027, 4, 14)),
            policy.staleAfter(),
            policy.digestDay(),
            policy.digestTime(),
            policy.digestZone(),
            policy.anonymityThreshold());

    assertThat(
            new WorkingTime(closed, NORWAY_2027).nextWorkingMoment(oslo(2027, 4, 13, 20, 0), OSLO))
        .isEqualTo(oslo(2027, 4, 15, 8, 0));
  }

  @Test
  void usesTheLeadersOwnTimeZone() {
    ZoneId newYork = ZoneId.of("America/New_York");
    Instant twoPmInOslo = oslo(2027, 4, 13, 14, 0);

    Instant due = working.nextWorkingMoment(twoPmInOslo, newYork);

    assertThat(due.atZone(newYork).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2027, 4, 13, 8, 0));
  }

  @Test
  void theReminderGoesOnTheNextWorkingDayMorning() {
    assertThat(working.nextWorkingDayMorning(oslo(2027, 5, 14, 9, 0), OSLO))
        .as("Friday 14 May -> Monday 17 May is a holiday -> Tuesday")
        .isEqualTo(oslo(2027, 5, 18, 8, 0));
  }
}
