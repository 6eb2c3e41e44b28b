package no.samspill.app;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's MongoDB health check, whose "hello" command the embedded server does not know;
 * "ping" works on both the embedded server and a real MongoDB.
 */
@Component("mongoHealthIndicator")
class StorageHealth extends AbstractHealthIndicator {

  private final MongoTemplate mongo;

  StorageHealth(MongoTemplate mongo) {
    super("MongoDB health check failed");
    this.mongo = mongo;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Document result = mongo.executeCommand(new Document("ping", 1));
    builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", result.get("ok"));
  }
}
