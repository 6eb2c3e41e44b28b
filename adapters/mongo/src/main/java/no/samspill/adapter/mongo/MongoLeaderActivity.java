package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One small document per leader: {@code _id} the leader, {@code tenantId}, {@code at}. Written by
 * an upsert with {@code $max}, so two instances or a late write never move it back.
 */
final class MongoLeaderActivity implements LeaderActivity {

  static final String COLLECTION = "leader_activity";
  static final String AT = "at";

  private final MongoTemplate mongo;

  MongoLeaderActivity(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void record(TenantId tenant, LeaderId leader, Instant when) {
    mongo.upsert(byLeader(leader), mark(tenant, when), COLLECTION);
  }

  /** The update that notes activity at {@code when}, for one write or a bulk of them. */
  static Update mark(TenantId tenant, Instant when) {
    return new Update().setOnInsert("tenantId", tenant.value()).max(AT, Date.from(when));
  }

  @Override
  public Map<LeaderId, Instant> lastActive(TenantId tenant) {
    Query query = Query.query(where("tenantId").is(tenant.value()));
    query.fields().include("_id", AT);
    Map<LeaderId, Instant> found = new HashMap<>();
    for (Document mark : mongo.find(query, Document.class, COLLECTION)) {
      if (mark.get(AT) instanceof Date at) {
        found.put(new LeaderId(String.valueOf(mark.get("_id"))), at.toInstant());
      }
    }
    return found;
  }

  @Override
  public void forget(LeaderId leader) {
    mongo.remove(byLeader(leader), COLLECTION);
  }

  static Query byLeader(LeaderId leader) {
    return Query.query(where("_id").is(leader.value()));
  }
}
