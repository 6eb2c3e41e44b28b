package no.samspill.app.edge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code bodyReadTimeout}: the most one request may take to send its whole body, however slowly it
 * trickles in (answered 408). {@code reservedWorkers}: Tomcat workers never given to a request that
 * sends a body, so health checks and GETs keep answering while slow senders hold the rest (503).
 * {@code maxBodySize}: the largest body of any request (admin JSON, web chat), and {@code
 * maxUploadSize} of an admin import upload (.ics); larger is a 413 before the body is parsed.
 * Slack's and Teams' endpoints bound their own bodies.
 */
@ConfigurationProperties("samspill.http")
public record EdgeProperties(
    Duration bodyReadTimeout, int reservedWorkers, DataSize maxBodySize, DataSize maxUploadSize) {

  public EdgeProperties {
    bodyReadTimeout = bodyReadTimeout == null ? Duration.ofSeconds(5) : bodyReadTimeout;
    reservedWorkers = reservedWorkers <= 0 ? 20 : reservedWorkers;
    maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(5) : maxUploadSize;
  }
}
