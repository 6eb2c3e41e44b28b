package no.samspill.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianHolidaysTest {

  private final NorwegianHolidays holidays = new NorwegianHolidays();

  @ParameterizedTest(name = "{0} is a holiday: {1}")
  @CsvSource({
    "2027-03-25, true",
    "2027-03-26, true",
    "2027-03-29, true",
    "2027-05-06, true",
    "2027-05-17, true",
    "2027-12-25, true",
    "2027-12-26, true",
    "2027-01-01, true",
    "2027-05-01, true",
    "2027-05-18, false",
    "2027-03-30, false",
    "2027-06-23, false"
  })
  void knowsNorwaysPublicHolidays(LocalDate date, boolean holiday) {
    assertThat(holidays.isHoliday(date)).isEqualTo(holiday);
  }
}
