package no.samspill.core.schedule;

import java.time.LocalDate;

/** Port: the public holidays of Norway (a holiday library, not a hand-written list). */
public interface PublicHolidays {
  boolean isHoliday(LocalDate date);
}
