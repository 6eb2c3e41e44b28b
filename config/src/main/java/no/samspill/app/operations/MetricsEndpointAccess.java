package no.samspill.app.operations;

import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Guards {@code /actuator/prometheus} with the metrics token, in whichever context serves the
 * Actuator: the app's own, or the management port's child context (which sees none of the app's
 * filters).
 */
@ManagementContextConfiguration(value = ManagementContextType.ANY, proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsEndpointAccess {

  @Bean
  FilterRegistrationBean<MetricsTokenFilter> metricsTokenFilter(MetricsProperties properties) {
    FilterRegistrationBean<MetricsTokenFilter> registration =
        new FilterRegistrationBean<>(
            new MetricsTokenFilter(properties.token() == null ? "" : properties.token()));
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*");
    registration.setEnabled(properties.token() != null);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
