package no.samspill.adapter.calendar;

import java.time.Clock;
import no.samspill.core.imports.CalendarReader;
import no.samspill.core.imports.ImportMeetings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The iCalendar reader (for uploads) and the poller for configured feeds. */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

  @Bean
  CalendarReader calendarReader(CalendarProperties properties) {
    return new IcsCalendarReader(properties.limits());
  }

  @Bean
  CalendarFeedPoller calendarFeedPoller(
      CalendarProperties properties,
      CalendarReader reader,
      ImportMeetings importMeetings,
      Clock clock) {
    return new CalendarFeedPoller(properties, reader, importMeetings, clock);
  }
}
