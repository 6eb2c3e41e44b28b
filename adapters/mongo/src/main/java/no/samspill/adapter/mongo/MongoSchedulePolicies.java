package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Query;

final class MongoSchedulePolicies implements SchedulePolicies {

  static final String COLLECTION = "schedule_policies";

  private final MongoTemplate mongo;

  MongoSchedulePolicies(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Optional<SchedulePolicy> find(TenantId tenant) {
    return Optional.ofNullable(mongo.findOne(ofTenant(tenant), SchedulePolicy.class, COLLECTION));
  }

  @Override
  public void save(SchedulePolicy policy) {
    // A replace, not findAndReplace: FerretDB refuses the projection Spring Data sends with that.
    mongo.replace(
        ofTenant(policy.tenantId()), policy, ReplaceOptions.replaceOptions().upsert(), COLLECTION);
  }

  private static Query ofTenant(TenantId tenant) {
    return Query.query(where("tenantId").is(tenant.value()));
  }
}
