package no.samspill.adapter.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Creates the indexes the queries rely on, for a real MongoDB. The embedded server ignores
 * non-unique indexes and uses {@code _id}'s only for a filter on {@code _id} alone, so there nearly
 * every query scans its collection.
 */
final class MongoIndexes {

  MongoIndexes(MongoTemplate mongo, boolean embedded) {
    mongo
        .indexOps(MongoReflections.COLLECTION)
        .createIndex(
            new Index().on("leaderId", Sort.Direction.ASC).on("startedAt", Sort.Direction.DESC));
    mongo
        .indexOps(MongoReflections.COLLECTION)
        .createIndex(
            new Index()
                .on("tenantId", Sort.Direction.ASC)
                .on("share", Sort.Direction.ASC)
                .on("completedAt", Sort.Direction.DESC));
    ascending(mongo, MongoCasework.CASES, "tenantId", "ownerId");
    // Multikey: the cases treated in one meeting, re-planned when the meeting moves.
    ascending(mongo, MongoCasework.CASES, "tenantId", "meetingIds");
    // Multikey: a body's followers, whose meeting-ended nudges follow its meetings.
    ascending(mongo, MongoFollows.COLLECTION, "tenantId", "bodies");
    ascending(mongo, MongoFollows.COLLECTION, "tenantId", "leaderId");
    ascending(mongo, MongoCasework.MEETINGS, "tenantId", "start");
    ascending(mongo, MongoLeaders.COLLECTION, "tenantId", "email");
    ascending(mongo, MongoLeaders.IDENTITIES, "leaderId");
    ascending(mongo, MongoNudges.COLLECTION, "status", "dueAt");
    ascending(mongo, MongoNudges.COLLECTION, "leaderId", "dueAt");
    // A case's or a meeting's planned nudges, which a re-plan of that case or meeting replaces.
    ascending(mongo, MongoNudges.COLLECTION, "tenantId", "caseId");
    ascending(mongo, MongoNudges.COLLECTION, "tenantId", "meetingId");
    ascending(mongo, MongoAuditLog.COLLECTION, "subject", "at");
    // A tenant's trail, newest first, by kind or by time (GET /api/v1/tenants/{t}/audit).
    mongo
        .indexOps(MongoAuditLog.COLLECTION)
        .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    // What the daily retention purge looks for, per tenant (the audit trail's index above serves
    // it).
    ascending(mongo, MongoReflections.COLLECTION, "tenantId", "updatedAt");
    ascending(mongo, MongoNudges.COLLECTION, "tenantId", "status", "dueAt");
    // Unique: taking a lock is inserting its key (see DocumentLocks).
    mongo
        .indexOps(DocumentLocks.COLLECTION)
        .createIndex(new Index().on("key", Sort.Direction.ASC).unique());
    if (embedded) {
      // The embedded server uses a unique index for a filter on exactly its fields: this one
      // serves the holder's fenced writes (id, status, token), which would otherwise each scan.
      mongo
          .indexOps(MongoNudges.COLLECTION)
          .createIndex(
              new Index()
                  .on("_id", Sort.Direction.ASC)
                  .on("status", Sort.Direction.ASC)
                  .on("claimedBy", Sort.Direction.ASC)
                  .unique());
    }
    mongo
        .indexOps(MongoDigestPosts.COLLECTION)
        .createIndex(
            new Index().on("tenantId", Sort.Direction.ASC).on("postedAt", Sort.Direction.DESC));
  }

  private static void ascending(MongoTemplate mongo, String collection, String... fields) {
    Index index = new Index();
    for (String field : fields) {
      index.on(field, Sort.Direction.ASC);
    }
    mongo.indexOps(collection).createIndex(index);
  }
}
