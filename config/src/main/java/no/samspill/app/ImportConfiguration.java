package no.samspill.app;

import java.time.Clock;
import java.util.List;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.ImportMeetings;
import no.samspill.core.imports.ImportRuns;
import no.samspill.core.imports.ImportSources;
import no.samspill.core.imports.ManageImportSources;
import no.samspill.core.imports.SourceReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import sources' use cases, over every source reader the adapters provide. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

  @Bean
  ImportFromSources importFromSources(
      ImportSources sources,
      ImportRuns runs,
      List<SourceReader> readers,
      ImportMeetings importMeetings,
      PoliticalBodies bodies,
      Clock clock) {
    return new ImportFromSources(sources, runs, readers, importMeetings, bodies, clock);
  }

  @Bean
  ManageImportSources manageImportSources(
      ImportSources sources,
      ImportRuns runs,
      PoliticalBodies bodies,
      List<SourceReader> readers,
      ImportProperties properties) {
    return new ManageImportSources(sources, runs, bodies, readers, properties.allowLoopback());
  }
}
