package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.regex.Pattern;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Removes a tenant's documents from every collection of the core's storage. */
final class MongoTenantErasure implements TenantErasure {

  /** The collections whose documents carry the tenant's id in {@code tenantId}. */
  private static final List<String> BY_TENANT_ID =
      List.of(
          MongoLeaders.COLLECTION,
          MongoLeaderActivity.COLLECTION,
          MongoCasework.BODIES,
          MongoCasework.MEETINGS,
          MongoCasework.CASES,
          MongoReflections.COLLECTION,
          MongoNudges.COLLECTION,
          MongoDigestPosts.COLLECTION,
          MongoDigestChannels.COLLECTION,
          MongoFollows.COLLECTION,
          MongoPairingOptIns.COLLECTION,
          MongoSchedulePolicies.COLLECTION,
          MongoRetentionPolicies.COLLECTION,
          MongoAuditLog.COLLECTION,
          MongoImportSources.COLLECTION,
          MongoImportRuns.COLLECTION,
          MongoImportRuns.ROUNDS,
          MongoImportRuns.CLAIMS,
          MongoTenants.WORKSPACES);

  private final MongoTemplate mongo;

  MongoTenantErasure(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void erase(TenantId tenant) {
    String id = tenant.value();
    List<String> leaderIds =
        mongo.find(byTenant(id), Document.class, MongoLeaders.COLLECTION).stream()
            .map(d -> String.valueOf(d.get("_id")))
            .toList();
    // Keyed by leader, not by tenant: found through the tenant's leaders before they go.
    mongo.remove(Query.query(where("leaderId").in(leaderIds)), MongoLeaders.IDENTITIES);
    mongo.remove(Query.query(where("_id").in(leaderIds)), MongoConversations.COLLECTION);
    for (String collection : BY_TENANT_ID) {
      mongo.remove(byTenant(id), collection);
    }
    // A digest claim that never finished has only its key, "tenant|week".
    mongo.remove(
        Query.query(where("_id").regex("^" + Pattern.quote(id + "|"))),
        MongoDigestPosts.COLLECTION);
    mongo.remove(Query.query(where("_id").is(id)), MongoKnownPoliticians.COLLECTION);
    mongo.remove(Query.query(where("_id").is(id)), MongoTenants.COLLECTION);
  }

  private static Query byTenant(String id) {
    return Query.query(where("tenantId").is(id));
  }
}
