package no.samspill.adapter.mongo;

import java.time.Duration;
import java.time.Instant;
import no.samspill.core.retention.PurgeRuns;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** One document per day's purge: the first insert or an expired lease wins the claim. */
final class MongoPurgeRuns implements PurgeRuns {

  static final String COLLECTION = "purge_runs";

  record PurgeRun(
      String id,
      String status,
      String claimedBy,
      Instant leaseUntil,
      Instant doneAt,
      String counts) {}

  private final MongoTemplate mongo;

  MongoPurgeRuns(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public boolean claim(String key, Instant now, Duration lease, String instance) {
    PurgeRun fresh = new PurgeRun(key, Claims.CLAIMED, instance, now.plus(lease), null, null);
    return Claims.claim(mongo, COLLECTION, fresh, key, now, lease, instance);
  }

  @Override
  public boolean finish(String key, String instance, String counts, Instant at) {
    Update done = Update.update("status", "DONE").set("doneAt", at).set("counts", counts);
    return mongo.updateFirst(Claims.heldBy(key, instance), done, COLLECTION).getModifiedCount()
        == 1;
  }
}
