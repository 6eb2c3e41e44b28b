package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

final class MongoAuditLog implements AuditLog {

  static final String COLLECTION = "audit_log";

  private final MongoTemplate mongo;

  MongoAuditLog(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void record(AuditEntry entry) {
    mongo.insert(entry, COLLECTION);
  }

  @Override
  public List<AuditEntry> about(LeaderId subject) {
    Query query = Query.query(where("subject").is(subject.value())).with(Sort.by("at"));
    return mongo.find(query, AuditEntry.class, COLLECTION);
  }

  @Override
  public List<AuditEntry> find(AuditQuery query) {
    Criteria criteria = where("tenantId").is(query.tenant().value());
    if (query.action() != null) {
      criteria = criteria.and("action").is(query.action());
    }
    if (query.from() != null || query.to() != null) {
      Criteria at = criteria.and("at");
      if (query.from() != null) {
        at = at.gte(query.from());
      }
      if (query.to() != null) {
        at.lt(query.to());
      }
    }
    Query page =
        Query.query(criteria)
            .with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")))
            .skip(query.offset())
            .limit(query.limit());
    return mongo.find(page, AuditEntry.class, COLLECTION);
  }

  @Override
  public long purgeOlderThan(TenantId tenant, Instant cutoff) {
    Query old = Query.query(where("tenantId").is(tenant.value()).and("at").lt(cutoff));
    return mongo.remove(old, COLLECTION).getDeletedCount();
  }
}
