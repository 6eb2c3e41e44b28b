package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

final class MongoReflections implements Reflections {

  static final String COLLECTION = "reflections";

  private final MongoTemplate mongo;

  MongoReflections(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Optional<Reflection> findById(ReflectionId id) {
    return Optional.ofNullable(mongo.findById(id.value(), Reflection.class, COLLECTION));
  }

  @Override
  public List<Reflection> findByLeader(LeaderId leader, int limit) {
    Query query =
        Query.query(where("leaderId").is(leader.value()))
            .with(Sort.by(Sort.Direction.DESC, "startedAt"))
            .limit(limit);
    return mongo.find(query, Reflection.class, COLLECTION);
  }

  @Override
  public Reflection save(Reflection reflection) {
    Reflection next = reflection.withVersion(reflection.version() + 1);
    OptimisticWrites.save(
        mongo, COLLECTION, reflection.id().value(), reflection.version(), next, "Reflection");
    return next;
  }

  @Override
  public List<Reflection> findShared(TenantId tenant, Instant from, Instant to) {
    Query query =
        Query.query(
                where("tenantId")
                    .is(tenant.value())
                    .and("status")
                    .is(ReflectionStatus.COMPLETED)
                    .and("share")
                    .in(ShareChoice.ANONYMOUS, ShareChoice.NAMED)
                    .and("completedAt")
                    .gte(from)
                    .lt(to))
            .with(Sort.by("completedAt"));
    return mongo.find(query, Reflection.class, COLLECTION);
  }

  @Override
  public long deleteByLeader(LeaderId leader) {
    return mongo
        .remove(Query.query(where("leaderId").is(leader.value())), COLLECTION)
        .getDeletedCount();
  }
}
