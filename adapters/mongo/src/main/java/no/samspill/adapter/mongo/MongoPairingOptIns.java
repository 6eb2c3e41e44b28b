package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.core.digest.PairingOptIns;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** One document per leader who agreed to be suggested; removing it withdraws the consent. */
final class MongoPairingOptIns implements PairingOptIns {

  static final String COLLECTION = "pairing_opt_ins";

  record OptIn(LeaderId id, TenantId tenantId) {}

  private final MongoTemplate mongo;

  MongoPairingOptIns(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Set<LeaderId> optedIn(TenantId tenant) {
    return mongo
        .find(Query.query(where("tenantId").is(tenant.value())), OptIn.class, COLLECTION)
        .stream()
        .map(OptIn::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void set(TenantId tenant, LeaderId leader, boolean optedIn) {
    if (optedIn) {
      mongo.save(new OptIn(leader, tenant), COLLECTION);
    } else {
      mongo.remove(Query.query(where("_id").is(leader.value())), COLLECTION);
    }
  }
}
