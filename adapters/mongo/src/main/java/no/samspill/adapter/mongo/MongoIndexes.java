package no.samspill.adapter.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * Creates the indexes the queries rely on, for a real MongoDB: each query's equality fields lead an
 * index, followed by its sort (IndexCoverageIntegrationTest checks every query the storage makes).
 * Unique where the code relies on one document per key. The embedded server uses a unique index
 * only for a filter on exactly its fields, and of a non-unique one only the leading field, for
 * equality ({@link LeadingFieldIndex}); FerretDB 1.24 keeps them all but answers from none but
 * {@code _id} (see README).
 */
final class MongoIndexes {

  private final MongoTemplate mongo;

  MongoIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
    dropObsolete();
    index(MongoReflections.COLLECTION, "leaderId", "-startedAt");
    // The digest's shared reflections: one equality query per tenant and UTC week. The week leads,
    // so the embedded server keeps a hash of it (sparse: shared ones only) beside the tenant's.
    index(MongoReflections.COLLECTION, MongoReflections.SHARED_WEEK, "tenantId", "completedAt");
    index(MongoCasework.BODIES, "tenantId", "name");
    index(MongoCasework.CASES, "tenantId", "ownerId", "-createdAt");
    // The console's case list: a tenant's cases, newest first.
    index(MongoCasework.CASES, "tenantId", "-createdAt");
    // Multikey: the cases treated in one meeting, re-planned when the meeting moves.
    index(MongoCasework.CASES, "tenantId", "meetingIds");
    index(MongoCasework.MEETINGS, "tenantId", "start");
    index(MongoCasework.MEETINGS, "tenantId", "bodyId", "start");
    // A calendar import looks each of its meetings up by the calendar's id for it.
    index(MongoCasework.MEETINGS, "tenantId", "externalId");
    // Multikey: a body's followers, whose meeting-ended nudges follow its meetings.
    index(MongoFollows.COLLECTION, "tenantId", "bodies");
    // Unique: a leader's follows are replaced (upserted) by tenant and leader.
    unique(MongoFollows.COLLECTION, "tenantId", "leaderId");
    index(MongoLeaders.COLLECTION, "tenantId", "email");
    index(MongoLeaders.COLLECTION, "tenantId", "name");
    index(MongoLeaders.IDENTITIES, "leaderId");
    // The Ledere page's last activity: one read for the tenant's leaders.
    index(MongoLeaderActivity.COLLECTION, "tenantId");
    // Due nudges, claimed in due order (ties by leader); expired leases, for the next wake-up.
    index(MongoNudges.COLLECTION, "status", "dueAt", "leaderId");
    index(MongoNudges.COLLECTION, "status", "leaseUntil");
    index(MongoNudges.COLLECTION, "leaderId", "status", "dueAt");
    index(MongoNudges.COLLECTION, "tenantId", "status", "dueAt");
    // A case's or a meeting's planned nudges, which a re-plan of that case or meeting replaces;
    // a case's nudges by due time for its page in the console.
    index(MongoNudges.COLLECTION, "tenantId", "caseId", "dueAt");
    index(MongoNudges.COLLECTION, "tenantId", "meetingId");
    index(MongoAuditLog.COLLECTION, "subject", "at");
    // A tenant's trail, newest first, by kind or by time (GET /api/v1/tenants/{t}/audit), and
    // the retention purge's entries older than the cutoff.
    index(MongoAuditLog.COLLECTION, "tenantId", "-at");
    // A meeting's reflections, which keep it from being deleted.
    index(MongoReflections.COLLECTION, "tenantId", "meetingId");
    // Reflections past the tenant's retention (the daily purge).
    index(MongoReflections.COLLECTION, "tenantId", "updatedAt");
    index(MongoDigestPosts.COLLECTION, "tenantId", "-postedAt");
    index(MongoDigestChannels.COLLECTION, "tenantId");
    index(MongoPairingOptIns.COLLECTION, "tenantId");
    // Unique: a tenant's policy is replaced (upserted) by tenant.
    unique(MongoSchedulePolicies.COLLECTION, "tenantId");
    // Unique: a tenant's retention policy is replaced (upserted) by tenant.
    unique(MongoRetentionPolicies.COLLECTION, "tenantId");
    // Stored import sources: a tenant's list, its one by id, and the poller's by kind.
    index(MongoImportSources.COLLECTION, "tenantId", "_id");
    index(MongoImportSources.COLLECTION, "kind");
    index(MongoImportRuns.COLLECTION, "tenantId");
    // A source's round marks: a later one makes a claim stale; older ones are removed.
    index(MongoImportRuns.ROUNDS, "key", "round");
    index(MongoImportRuns.ROUNDS, "tenantId");
    // Unique: claiming a source's run is inserting its key; a tenant's claims go with it.
    unique(MongoImportRuns.CLAIMS, "key");
    index(MongoImportRuns.CLAIMS, "tenantId");
    index(MongoTenants.COLLECTION, "name");
    index(MongoTenants.WORKSPACES, "tenantId");
    // The clean-up's expired console sessions (every other access is by _id).
    index(MongoConsoleSessions.COLLECTION, MongoConsoleSessions.EXPIRES_AT);
    // The instances still sending under a platform budget (SharedBudgets), and lapsed ones.
    index(MongoBudgetSenders.COLLECTION, MongoBudgetSenders.UNTIL);
    // Unique: taking a lock is inserting its key (see DocumentLocks).
    unique(DocumentLocks.COLLECTION, "key");
  }

  /**
   * Indexes earlier versions made that no query uses now, or that are unique now (MongoDB refuses
   * to make an index of the same name with other options).
   */
  private void dropObsolete() {
    drop(MongoReflections.COLLECTION, "tenantId_1_share_1_completedAt_-1", false);
    drop(MongoReflections.COLLECTION, "tenantId_1_sharedWeek_1_completedAt_1", false);
    drop(MongoCasework.CASES, "tenantId_1_ownerId_1", false);
    drop(MongoNudges.COLLECTION, "status_1_dueAt_1", false);
    drop(MongoNudges.COLLECTION, "leaderId_1_dueAt_1", false);
    drop(MongoNudges.COLLECTION, "tenantId_1_caseId_1", false);
    drop(MongoFollows.COLLECTION, "tenantId_1_leaderId_1", true);
    // Embedded only, for the holder's fenced writes; the embedded server now looks up _id first.
    drop(MongoNudges.COLLECTION, "_id_1_status_1_claimedBy_1", false);
  }

  private void drop(String collection, String name, boolean unlessUnique) {
    IndexOperations indexes = mongo.indexOps(collection);
    indexes.getIndexInfo().stream()
        .filter(index -> index.getName().equals(name) && !(unlessUnique && index.isUnique()))
        .findAny()
        .ifPresent(index -> indexes.dropIndex(name));
  }

  /** Fields in order, ascending unless written with a leading "-". */
  private void index(String collection, String... fields) {
    mongo.indexOps(collection).createIndex(keys(fields));
  }

  private void unique(String collection, String... fields) {
    mongo.indexOps(collection).createIndex(keys(fields).unique());
  }

  private static Index keys(String... fields) {
    Index index = new Index();
    for (String field : fields) {
      index =
          field.startsWith("-")
              ? index.on(field.substring(1), Sort.Direction.DESC)
              : index.on(field, Sort.Direction.ASC);
    }
    return index;
  }
}
