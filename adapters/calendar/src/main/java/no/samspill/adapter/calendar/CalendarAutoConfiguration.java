package no.samspill.adapter.calendar;

import no.samspill.core.imports.CalendarReader;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.SourceReader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The iCalendar reader (for uploads), the feed reader, and the poller of all feeds. */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

  @Bean
  CalendarReader calendarReader(CalendarProperties properties) {
    return new IcsCalendarReader(properties.limits());
  }

  @Bean
  SourceReader icsFeedReader(CalendarProperties properties, CalendarReader reader) {
    return new IcsFeedReader(properties, reader);
  }

  @Bean
  CalendarFeedPoller calendarFeedPoller(ImportFromSources imports, CalendarProperties properties) {
    return new CalendarFeedPoller(imports, properties.pollInterval());
  }
}
