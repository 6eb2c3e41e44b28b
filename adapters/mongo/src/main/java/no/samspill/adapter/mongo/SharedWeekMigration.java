package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.ZoneOffset;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Data stored before shared reflections carried their week: the digest found them through a list
 * per tenant and UTC day ({@code shared_reflection_days}). At start-up, while that collection
 * exists, each completed, shared reflection without a week gets one, and the lists are dropped.
 */
final class SharedWeekMigration {

  static final String LEGACY_DAYS = "shared_reflection_days";
  private static final Logger log = LoggerFactory.getLogger(SharedWeekMigration.class);

  private SharedWeekMigration() {}

  static void run(MongoTemplate mongo) {
    if (!mongo.collectionExists(LEGACY_DAYS)) {
      return;
    }
    // The whole collection once, by design: no index is worth keeping for a one-off migration.
    Query all = new Query();
    all.fields().include("_id", "status", "share", "completedAt", MongoReflections.SHARED_WEEK);
    BulkOperations updates = null;
    int pending = 0;
    int migrated = 0;
    for (Document r : mongo.find(all, Document.class, MongoReflections.COLLECTION)) {
      if (r.containsKey(MongoReflections.SHARED_WEEK)
          || !"COMPLETED".equals(r.get("status"))
          || "PRIVATE".equals(r.get("share"))
          || !(r.get("completedAt") instanceof Date completedAt)) {
        continue;
      }
      String week =
          MongoReflections.weekKey(completedAt.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
      // Conditional: a save since this read wrote the document whole, with its own week.
      Query unchanged =
          Query.query(
              where("_id")
                  .is(r.get("_id"))
                  .and("completedAt")
                  .is(completedAt)
                  .and(MongoReflections.SHARED_WEEK)
                  .exists(false));
      if (updates == null) {
        updates = mongo.bulkOps(BulkMode.UNORDERED, MongoReflections.COLLECTION);
      }
      updates.updateOne(unchanged, Update.update(MongoReflections.SHARED_WEEK, week));
      migrated++;
      if (++pending == ServerTraits.STATEMENTS_PER_BULK) {
        updates.execute();
        updates = null;
        pending = 0;
      }
    }
    if (updates != null) {
      updates.execute();
    }
    mongo.dropCollection(LEGACY_DAYS);
    log.info("Gave {} shared reflections their week; dropped {}", migrated, LEGACY_DAYS);
  }
}
