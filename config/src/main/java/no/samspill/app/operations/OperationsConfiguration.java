package no.samspill.app.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Metrics on Micrometer, where they may be read, and request ids for the logs. */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

  static final EndpointId PROMETHEUS = EndpointId.of("prometheus");

  @Bean
  OperationsMetrics operationsMetrics(MeterRegistry registry) {
    return new OperationsMetrics(registry);
  }

  @Bean
  NudgeBacklog nudgeBacklog(MongoTemplate mongo) {
    return new NudgeBacklog(mongo);
  }

  /**
   * Outside the local demo, metrics are served on the management port only
   * (MANAGEMENT_SERVER_PORT): never on the public port, where anyone could read them.
   */
  @Bean
  EndpointFilter<ExposableWebEndpoint> metricsOnTheManagementPort(Environment environment) {
    boolean allowed =
        ManagementPortType.get(environment) == ManagementPortType.DIFFERENT
            || environment.acceptsProfiles(Profiles.of("local"));
    return endpoint -> allowed || !PROMETHEUS.equals(endpoint.getEndpointId());
  }

  @Bean
  FilterRegistrationBean<RequestIds> requestIds() {
    FilterRegistrationBean<RequestIds> registration =
        new FilterRegistrationBean<>(new RequestIds());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
