package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import no.samspill.core.digest.KnownPoliticians;
import no.samspill.core.directory.TenantId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The tenant's politicians' names, kept for masking; filled by imports or the admin API. */
final class MongoKnownPoliticians implements KnownPoliticians {

  static final String COLLECTION = "politicians";

  record Politician(String id, TenantId tenantId, String name) {}

  private final MongoTemplate mongo;

  MongoKnownPoliticians(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public List<String> names(TenantId tenant) {
    return mongo
        .find(Query.query(where("tenantId").is(tenant.value())), Politician.class, COLLECTION)
        .stream()
        .map(Politician::name)
        .toList();
  }
}
