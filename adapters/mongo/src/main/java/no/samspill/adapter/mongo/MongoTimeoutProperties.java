package no.samspill.adapter.mongo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long MongoDB may take before a request gives up: opening a connection ({@code connect}),
 * finding a server that answers ({@code server-selection}), and one whole operation, retries
 * included ({@code operation}). {@code health} bounds the health check's ping.
 */
@ConfigurationProperties("samspill.mongodb.timeouts")
public record MongoTimeoutProperties(
    Duration connect, Duration serverSelection, Duration operation, Duration health) {

  public MongoTimeoutProperties {
    connect = connect == null ? Duration.ofSeconds(2) : connect;
    serverSelection = serverSelection == null ? Duration.ofSeconds(3) : serverSelection;
    operation = operation == null ? Duration.ofSeconds(5) : operation;
    health = health == null ? Duration.ofSeconds(2) : health;
  }
}
