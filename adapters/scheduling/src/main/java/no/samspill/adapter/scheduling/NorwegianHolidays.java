package no.samspill.adapter.scheduling;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import no.samspill.core.schedule.PublicHolidays;

/** Norway's public holidays (Easter, 17 May, Whit Monday …) from the jollyday library. */
final class NorwegianHolidays implements PublicHolidays {

  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));

  @Override
  public boolean isHoliday(LocalDate date) {
    return holidays.isHoliday(date);
  }
}
