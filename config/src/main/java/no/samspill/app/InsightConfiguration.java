package no.samspill.app;

import no.samspill.core.insight.ComposeInsight;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.SchedulePolicies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the coordinator's insight from the reflection store and the tenants' policies. */
@Configuration(proxyBeanMethods = false)
class InsightConfiguration {

  @Bean
  ComposeInsight composeInsight(Reflections reflections, SchedulePolicies policies) {
    return new ComposeInsight(reflections, policies);
  }
}
