package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Follows;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Query;

/** One document per leader with the bodies they follow. */
final class MongoFollows implements Follows {

  static final String COLLECTION = "follows";

  private final MongoTemplate mongo;

  MongoFollows(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Optional<Following> find(TenantId tenant, LeaderId leader) {
    return Optional.ofNullable(
        mongo.findOne(byLeader(tenant, leader), Following.class, COLLECTION));
  }

  @Override
  public List<Following> findByBody(TenantId tenant, BodyId body) {
    Query query = Query.query(where("tenantId").is(tenant.value()).and("bodies").is(body.value()));
    return mongo.find(query, Following.class, COLLECTION);
  }

  @Override
  public void save(Following following) {
    // A replace, not findAndReplace: FerretDB refuses the projection Spring Data sends with that.
    mongo.replace(
        byLeader(following.tenantId(), following.leaderId()),
        following,
        ReplaceOptions.replaceOptions().upsert(),
        COLLECTION);
  }

  @Override
  public void delete(TenantId tenant, LeaderId leader) {
    mongo.remove(byLeader(tenant, leader), COLLECTION);
  }

  private static Query byLeader(TenantId tenant, LeaderId leader) {
    return Query.query(where("tenantId").is(tenant.value()).and("leaderId").is(leader.value()));
  }
}
