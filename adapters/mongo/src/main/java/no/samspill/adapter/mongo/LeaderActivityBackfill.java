package no.samspill.adapter.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Data stored before leaders' last activity was kept: at start-up, while {@code leader_activity}
 * does not exist, each leader who ever answered gets the time of their newest answer (read without
 * the answers themselves). {@code $max}, so a mark written meanwhile is never moved back.
 */
final class LeaderActivityBackfill {

  private static final Logger log = LoggerFactory.getLogger(LeaderActivityBackfill.class);

  private LeaderActivityBackfill() {}

  static void run(MongoTemplate mongo) {
    if (!mongo.collectionExists(MongoLeaderActivity.COLLECTION)) {
      fill(mongo);
    }
  }

  /** Each leader's newest answer as their last activity, unless a later one is stored. */
  static void fill(MongoTemplate mongo) {
    record Newest(TenantId tenant, Instant at) {}
    Map<LeaderId, Newest> newest = new HashMap<>();
    // The whole collection once, by design: no index is worth keeping for a one-off backfill.
    Query all = new Query();
    all.fields().include("tenantId", "leaderId", "answers.answeredAt");
    for (Document r : mongo.find(all, Document.class, MongoReflections.COLLECTION)) {
      Instant at = newestAnswer(r);
      if (at != null && r.get("leaderId") != null && r.get("tenantId") != null) {
        newest.merge(
            new LeaderId(String.valueOf(r.get("leaderId"))),
            new Newest(new TenantId(String.valueOf(r.get("tenantId"))), at),
            (a, b) -> a.at().isAfter(b.at()) ? a : b);
      }
    }
    BulkOperations marks = null;
    int pending = 0;
    for (Map.Entry<LeaderId, Newest> e : newest.entrySet()) {
      if (marks == null) {
        marks = mongo.bulkOps(BulkMode.UNORDERED, MongoLeaderActivity.COLLECTION);
      }
      marks.upsert(
          MongoLeaderActivity.byLeader(e.getKey()),
          MongoLeaderActivity.mark(e.getValue().tenant(), e.getValue().at()));
      if (++pending == ServerTraits.STATEMENTS_PER_BULK) {
        execute(marks);
        marks = null;
        pending = 0;
      }
    }
    if (marks != null) {
      execute(marks);
    }
    if (!mongo.collectionExists(MongoLeaderActivity.COLLECTION)) {
      mongo.createCollection(MongoLeaderActivity.COLLECTION);
    }
    log.info(
        "Gave {} leaders the time of their newest answer as their last activity", newest.size());
  }

  /** A mark another instance wrote first (a duplicate key on upsert) costs only this batch. */
  private static void execute(BulkOperations marks) {
    try {
      marks.execute();
    } catch (BulkOperationException e) {
      log.warn("Some leaders' last activity could not be filled in: {}", e.toString());
    }
  }

  private static Instant newestAnswer(Document reflection) {
    Instant newest = null;
    if (reflection.get("answers") instanceof List<?> answers) {
      for (Object answer : answers) {
        if (answer instanceof Document a
            && a.get("answeredAt") instanceof Date at
            && (newest == null || at.toInstant().isAfter(newest))) {
          newest = at.toInstant();
        }
      }
    }
    return newest;
  }
}
