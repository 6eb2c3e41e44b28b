package no.samspill.app.edge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bodyReadTimeout}: the most one request may take to send its whole body, however slowly it
 * trickles in (answered 408). {@code reservedWorkers}: Tomcat workers never given to a request that
 * sends a body, so health checks and GETs keep answering while slow senders hold the rest (503).
 */
@ConfigurationProperties("samspill.http")
public record EdgeProperties(Duration bodyReadTimeout, int reservedWorkers) {

  public EdgeProperties {
    bodyReadTimeout = bodyReadTimeout == null ? Duration.ofSeconds(5) : bodyReadTimeout;
    reservedWorkers = reservedWorkers <= 0 ? 20 : reservedWorkers;
  }
}
