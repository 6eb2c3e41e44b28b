package no.samspill.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import no.samspill.app.operations.OperationsMetrics;
import no.samspill.core.catalogue.CatalogueLoader;
import no.samspill.core.catalogue.InvalidCatalogueException;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.conversation.ConversationEngine;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.digest.ExtractiveSummariser;
import no.samspill.core.digest.Summariser;
import no.samspill.core.directory.CoordinatorPolicy;
import no.samspill.core.privacy.PersonalDataFormat;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.PublicHolidays;
import no.samspill.core.schedule.RemindLater;
import no.samspill.core.schedule.SchedulePolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Builds bot-core's engine from the storage ports and the prompt catalogue. */
@Configuration(proxyBeanMethods = false)
@Import(ConversationEngine.Ports.class)
class EngineConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  PromptCatalogue promptCatalogue(SamspillProperties properties, ResourceLoader resources) {
    String location = properties.promptsLocation();
    Resource resource = resources.getResource(location);
    try (InputStream in = resource.getInputStream()) {
      PromptCatalogue catalogue = CatalogueLoader.load(in, location);
      log.info("Prompt catalogue version {} loaded from {}", catalogue.version(), location);
      return catalogue;
    } catch (IOException e) {
      throw new InvalidCatalogueException(
          location, java.util.List.of("cannot be read: " + e.getMessage()));
    }
  }

  /** The offline summariser, unless an LLM endpoint is configured (adapters/llm). */
  @Bean
  @ConditionalOnExpression("'${samspill.llm.url:}'.isBlank()")
  Summariser summariser() {
    return new ExtractiveSummariser();
  }

  @Bean
  PersonalDataFormat personalDataFormat() {
    return new JsonPersonalDataFormat();
  }

  @Bean
  RemindLater remindLater(Nudges nudges, SchedulePolicies policies, PublicHolidays holidays) {
    return new RemindLater(nudges, policies, holidays);
  }

  /** The ports record is built by Spring from the beans of its components ({@code @Import}). */
  @Bean
  ConversationEngine conversationEngine(
      ConversationEngine.Ports ports,
      PromptCatalogue catalogue,
      SamspillProperties properties,
      Clock clock) {
    return new ConversationEngine(
        ports, catalogue, new CoordinatorPolicy(new HashSet<>(properties.coordinators())), clock);
  }

  /** What the channels call: the engine, each turn counted (samspill.chat.turns). */
  @Bean
  @Primary
  HandleMessage handleMessage(ConversationEngine engine, OperationsMetrics metrics) {
    return metrics.countingTurns(engine);
  }
}
