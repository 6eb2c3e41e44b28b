package no.samspill.adapter.mongo;

import java.util.List;
import no.samspill.core.digest.PoliticianNames;
import no.samspill.core.digest.PoliticianRegister;
import no.samspill.core.directory.TenantId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The tenant's politicians' names, kept for masking; set by the coordinator through the admin API.
 * One document per tenant, so a replacement is a single atomic write.
 */
final class MongoKnownPoliticians implements PoliticianRegister {

  static final String COLLECTION = "politicians";

  /** The document id is the tenant's id. */
  record TenantPoliticians(String id, List<String> names) {}

  private final MongoTemplate mongo;

  MongoKnownPoliticians(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public List<String> names(TenantId tenant) {
    TenantPoliticians found = mongo.findById(tenant.value(), TenantPoliticians.class, COLLECTION);
    return found == null || found.names() == null ? List.of() : found.names();
  }

  @Override
  public void replace(TenantId tenant, PoliticianNames names) {
    mongo.save(new TenantPoliticians(tenant.value(), names.names()), COLLECTION);
  }
}
