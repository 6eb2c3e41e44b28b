package no.samspill.app.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read {@code /actuator/prometheus}. {@code token}: when set, a scrape must send {@code
 * Authorization: Bearer <token>}; unset, the endpoint is open wherever it is served (the management
 * port, or the public port in the local demo only).
 */
@ConfigurationProperties("samspill.metrics")
public record MetricsProperties(String token) {

  public MetricsProperties {
    token = token == null || token.isBlank() ? null : token.strip();
  }
}
