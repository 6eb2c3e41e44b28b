package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import no.samspill.core.directory.TenantId;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.retention.RetentionPolicy;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Query;

final class MongoRetentionPolicies implements RetentionPolicies {

  static final String COLLECTION = "retention_policies";

  private final MongoTemplate mongo;

  MongoRetentionPolicies(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Optional<RetentionPolicy> find(TenantId tenant) {
    return Optional.ofNullable(
        mongo.findOne(
            Query.query(where("tenantId").is(tenant.value())), RetentionPolicy.class, COLLECTION));
  }

  @Override
  public void save(RetentionPolicy policy) {
    mongo.replace(
        Query.query(where("tenantId").is(policy.tenantId().value())),
        policy,
        ReplaceOptions.replaceOptions().upsert(),
        COLLECTION);
  }
}
