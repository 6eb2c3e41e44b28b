package no.samspill.app.edge;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The filters every request passes first, before any adapter's code reads it. */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WildcardContentTypeFilter> wildcardContentTypeFilter() {
    FilterRegistrationBean<WildcardContentTypeFilter> registration =
        new FilterRegistrationBean<>(new WildcardContentTypeFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  // Replaces Boot's own form filter (same order), which answers a malformed form body with a 500.
  @Bean
  MalformedFormFilter malformedFormFilter() {
    return new MalformedFormFilter();
  }

  @Bean
  FilterRegistrationBean<BoundedBodyFilter> boundedBodyFilter(
      EdgeProperties properties, Environment environment) {
    int workers = environment.getProperty("server.tomcat.threads.max", Integer.class, 200);
    FilterRegistrationBean<BoundedBodyFilter> registration =
        new FilterRegistrationBean<>(
            new BoundedBodyFilter(workers - properties.reservedWorkers(), properties));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
