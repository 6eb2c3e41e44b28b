package no.samspill.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Moves a moment into working hours on a working day, in a given time zone. */
public final class WorkingTime {

  private static final int MAX_DAYS_AHEAD = 60;

  private final SchedulePolicy policy;
  private final PublicHolidays holidays;

  public WorkingTime(SchedulePolicy policy, PublicHolidays holidays) {
    this.policy = policy;
    this.holidays = holidays;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY
        && day != DayOfWeek.SUNDAY
        && !holidays.isHoliday(date)
        && !policy.closedDays().contains(date);
  }

  /** The moment itself if it lies in working hours, else the next start of working hours. */
  public Instant nextWorkingMoment(Instant candidate, ZoneId zone) {
    ZonedDateTime local = candidate.atZone(zone);
    LocalDate date = local.toLocalDate();
    if (isWorkingDay(date)
        && !local.toLocalTime().isBefore(policy.workStart())
        && local.toLocalTime().isBefore(policy.workEnd())) {
      return candidate;
    }
    if (!local.toLocalTime().isBefore(policy.workStart())) {
      date = date.plusDays(1);
    }
    return nextWorkingMorning(date, zone);
  }

  /** The start of working hours on the first working day on or after the date. */
  public Instant nextWorkingMorning(LocalDate from, ZoneId zone) {
    LocalDate date = from;
    for (int i = 0; i < MAX_DAYS_AHEAD && !isWorkingDay(date); i++) {
      date = date.plusDays(1);
    }
    return date.atTime(policy.workStart()).atZone(zone).toInstant();
  }

  /** The start of working hours on the working day after the one the moment falls on. */
  public Instant nextWorkingDayMorning(Instant after, ZoneId zone) {
    return nextWorkingMorning(after.atZone(zone).toLocalDate().plusDays(1), zone);
  }
}
