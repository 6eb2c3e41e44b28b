package no.samspill.adapter.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** Creates the indexes the queries rely on; the embedded server ignores non-unique ones. */
final class MongoIndexes {

  MongoIndexes(MongoTemplate mongo) {
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
    mongo
        .indexOps(MongoCasework.CASES)
        .createIndex(
            new Index().on("tenantId", Sort.Direction.ASC).on("ownerId", Sort.Direction.ASC));
    mongo
        .indexOps(MongoCasework.MEETINGS)
        .createIndex(
            new Index().on("tenantId", Sort.Direction.ASC).on("start", Sort.Direction.ASC));
    mongo
        .indexOps(MongoLeaders.COLLECTION)
        .createIndex(
            new Index().on("tenantId", Sort.Direction.ASC).on("email", Sort.Direction.ASC));
    mongo
        .indexOps(MongoLeaders.IDENTITIES)
        .createIndex(new Index().on("leaderId", Sort.Direction.ASC));
    mongo
        .indexOps(MongoNudges.COLLECTION)
        .createIndex(new Index().on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
    mongo
        .indexOps(MongoNudges.COLLECTION)
        .createIndex(
            new Index().on("leaderId", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
    mongo
        .indexOps(MongoAuditLog.COLLECTION)
        .createIndex(new Index().on("subject", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
    mongo
        .indexOps(MongoDigestPosts.COLLECTION)
        .createIndex(
            new Index().on("tenantId", Sort.Direction.ASC).on("postedAt", Sort.Direction.DESC));
  }
}
