package no.samspill.adapter.llm;

import no.samspill.core.digest.ExtractiveSummariser;
import no.samspill.core.digest.Summariser;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Replaces the offline summariser only when an endpoint is configured. */
@AutoConfiguration
@EnableConfigurationProperties(LlmProperties.class)
@ConditionalOnExpression("!'${samspill.llm.url:}'.isBlank()")
public class LlmAutoConfiguration {

  @Bean
  Summariser summariser(LlmProperties properties) {
    return new LlmSummariser(properties, new ExtractiveSummariser());
  }
}
