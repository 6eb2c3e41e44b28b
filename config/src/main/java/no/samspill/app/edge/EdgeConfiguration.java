package no.samspill.app.edge;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.web.firewall.RequestRejectedHandler;

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

  @Bean
  FilterRegistrationBean<MalformedQueryFilter> malformedQueryFilter() {
    FilterRegistrationBean<MalformedQueryFilter> registration =
        new FilterRegistrationBean<>(new MalformedQueryFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  // Replaces Boot's own form filter (same order), which answers a malformed form body with a 500.
  @Bean
  MalformedFormFilter malformedFormFilter() {
    return new MalformedFormFilter();
  }

  /** Tomcat answers what it refuses itself with {@link ProblemErrorReportValve}, never HTML. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatRefusals() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                // Boot adds a plain ErrorReportValve of its own; once the host has added ours,
                // that one goes.
                host.addLifecycleListener(
                    event -> {
                      if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
                        for (Valve valve : host.getPipeline().getValves()) {
                          if (valve instanceof ErrorReportValve
                              && !(valve instanceof ProblemErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                          }
                        }
                      }
                    });
              }
            });
  }

  /**
   * Spring Security's firewall (in front of the admin API's chain) refuses some paths outright, an
   * encoded '%' or a ';' among them; like every refusal at the edge, that is a problem, not Boot's
   * error JSON.
   */
  @Bean
  RequestRejectedHandler requestRejected() {
    return (request, response, e) ->
        EdgeProblems.write(response, 400, "The request's path holds characters that are refused");
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
