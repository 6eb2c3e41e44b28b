package no.samspill.adapter.mongo;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.mongodb.MongoClientSettings;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

/**
 * Bounds every MongoDB call in time; the driver's defaults wait 30 s for a server and forever for
 * an answer, so a hung database would hold every request thread. Applied after the URI's options.
 */
final class MongoTimeouts implements MongoClientSettingsBuilderCustomizer {

  private final MongoTimeoutProperties timeouts;

  MongoTimeouts(MongoTimeoutProperties timeouts) {
    this.timeouts = timeouts;
  }

  /**
   * The operation limit is the driver's client-side timeout (timeoutMS, still {@code @Alpha} in
   * driver 5.6): one bound for selection, a pooled connection, the answer and a retried read
   * together. A socket read timeout alone let a retried read on a hung server take twice as long.
   */
  @Override
  public void customize(MongoClientSettings.Builder settings) {
    settings
        .timeout(timeouts.operation().toMillis(), MILLISECONDS)
        .applyToSocketSettings(
            socket -> socket.connectTimeout(timeouts.connect().toMillis(), MILLISECONDS))
        .applyToClusterSettings(
            cluster ->
                cluster.serverSelectionTimeout(
                    timeouts.serverSelection().toMillis(), MILLISECONDS));
  }
}
