package no.samspill.adapter.einnsyn;

import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.SourceReader;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The eInnsyn reader and the poller of all eInnsyn sources, configured and stored. */
@AutoConfiguration
@EnableConfigurationProperties(EinnsynProperties.class)
public class EinnsynAutoConfiguration {

  @Bean
  SourceReader einnsynSourceReader(EinnsynProperties properties) {
    return new EinnsynSourceReader(properties);
  }

  @Bean
  EinnsynPoller einnsynPoller(ImportFromSources imports, EinnsynProperties properties) {
    return new EinnsynPoller(imports, properties.pollInterval());
  }
}
