package no.samspill.adapter.einnsyn;

import java.time.Clock;
import no.samspill.core.imports.ImportMeetings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The eInnsyn import; it only polls when sources are configured. */
@AutoConfiguration
@EnableConfigurationProperties(EinnsynProperties.class)
public class EinnsynAutoConfiguration {

  @Bean
  EinnsynPoller einnsynPoller(
      EinnsynProperties properties, ImportMeetings importMeetings, Clock clock) {
    return new EinnsynPoller(properties, importMeetings, clock);
  }
}
