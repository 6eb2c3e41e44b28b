package no.samspill.app;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.samspill.adapter.mongo.MongoTimeoutProperties;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's MongoDB health check, whose "hello" command the embedded server does not know;
 * "ping" works on both the embedded server and a real MongoDB. A ping that does not answer within
 * {@code samspill.mongodb.timeouts.health} is DOWN, so a hung database cannot hang the probe.
 */
@Component("mongoHealthIndicator")
class StorageHealth implements HealthIndicator, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StorageHealth.class);

  private final MongoTemplate mongo;
  private final Duration limit;
  // One ping at a time: probes arriving while the database hangs wait for the same ping.
  private final ExecutorService pinger =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "storage-health");
            thread.setDaemon(true);
            return thread;
          });
  private CompletableFuture<Document> ping;
  private volatile boolean wasUp = true;

  StorageHealth(MongoTemplate mongo, MongoTimeoutProperties timeouts) {
    this.mongo = mongo;
    this.limit = timeouts.health();
  }

  @Override
  public Health health() {
    try {
      Document result = currentPing().get(limit.toMillis(), TimeUnit.MILLISECONDS);
      if (!wasUp) {
        log.info("MongoDB answers again");
      }
      wasUp = true;
      return Health.up()
          .withDetail("database", mongo.getDb().getName())
          .withDetail("ok", result.get("ok"))
          .build();
    } catch (TimeoutException e) {
      return down("no answer to a ping within " + limit.toMillis() + " ms");
    } catch (ExecutionException e) {
      return down(String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return down("interrupted");
    }
  }

  private synchronized CompletableFuture<Document> currentPing() {
    if (ping == null || ping.isDone()) {
      ping =
          CompletableFuture.supplyAsync(
              () -> mongo.executeCommand(new Document("ping", 1)), pinger);
    }
    return ping;
  }

  private Health down(String why) {
    if (wasUp) {
      log.warn("MongoDB is not answering; readiness is DOWN until it does: {}", why);
    }
    wasUp = false;
    return Health.down().withDetail("error", why).build();
  }

  @Override
  public void destroy() {
    pinger.shutdownNow();
  }
}
