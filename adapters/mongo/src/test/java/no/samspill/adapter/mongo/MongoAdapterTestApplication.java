package no.samspill.adapter.mongo;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Boots only the storage auto-configuration for the adapter's own tests, recording every query and
 * index declaration for {@link IndexCoverageIntegrationTest}.
 */
@SpringBootApplication
class MongoAdapterTestApplication {

  @Bean
  MongoClientSettingsBuilderCustomizer recordQueryShapes() {
    return settings -> settings.addCommandListener(new QueryShapes());
  }
}
