package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.data.mongodb.core.query.Update;

final class MongoReflections implements Reflections {

  static final String COLLECTION = "reflections";
  static final String SHARED_DAYS = "shared_reflection_days";

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
    // The day's list first: a listed id not (yet) shared is filtered out, a missing one is lost.
    if (next.status() == ReflectionStatus.COMPLETED && next.share() != ShareChoice.PRIVATE) {
      mongo.upsert(
          Query.query(where("_id").is(dayKey(next.tenantId(), next.completedAt()))),
          new Update().addToSet("ids", next.id().value()).set("tenantId", next.tenantId().value()),
          SHARED_DAYS);
    }
    OptimisticWrites.save(
        mongo, COLLECTION, reflection.id().value(), reflection.version(), next, "Reflection");
    return next;
  }

  /**
   * Shared reflections are found through one small document per tenant and UTC day listing their
   * ids, so a week's digest reads its days' documents and then its own reflections by id, two
   * queries on {@code _id} alone, instead of scanning the collection (the embedded server has no
   * secondary indexes).
   */
  @Override
  public List<Reflection> findShared(TenantId tenant, Instant from, Instant to) {
    List<String> dayKeys = new ArrayList<>();
    for (LocalDate day = utcDay(from); !day.isAfter(utcDay(to)); day = day.plusDays(1)) {
      dayKeys.add(tenant.value() + "|" + day);
    }
    Map<String, Set<LocalDate>> listedOn = new HashMap<>();
    for (SharedDay bucket :
        mongo.find(Query.query(where("_id").in(dayKeys)), SharedDay.class, SHARED_DAYS)) {
      LocalDate day = LocalDate.parse(bucket.id().substring(bucket.id().lastIndexOf('|') + 1));
      bucket.ids().forEach(id -> listedOn.computeIfAbsent(id, k -> new HashSet<>()).add(day));
    }
    if (listedOn.isEmpty()) {
      return List.of();
    }
    List<Reflection> shared = new ArrayList<>();
    Query listed = Query.query(where("_id").in(listedOn.keySet()));
    for (Reflection r : mongo.find(listed, Reflection.class, COLLECTION)) {
      // Re-checked: a listed id may since be deleted, changed, or completed on another day.
      if (r.tenantId().equals(tenant)
          && r.status() == ReflectionStatus.COMPLETED
          && r.share() != ShareChoice.PRIVATE
          && listedOn.get(r.id().value()).contains(utcDay(r.completedAt()))
          && !r.completedAt().isBefore(from)
          && r.completedAt().isBefore(to)) {
        shared.add(r);
      }
    }
    shared.sort(Comparator.comparing(Reflection::completedAt));
    return shared;
  }

  record SharedDay(String id, String tenantId, List<String> ids) {
    SharedDay {
      ids = ids == null ? List.of() : ids;
    }
  }

  private static String dayKey(TenantId tenant, Instant at) {
    return tenant.value() + "|" + utcDay(at);
  }

  private static LocalDate utcDay(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate();
  }

  @Override
  public void delete(ReflectionId id) {
    mongo.remove(Query.query(where("_id").is(id.value())), COLLECTION);
  }

  @Override
  public List<Reflection> findLastChangedBefore(TenantId tenant, Instant cutoff, int limit) {
    Query old = Query.query(where("tenantId").is(tenant.value()).and("updatedAt").lt(cutoff));
    return Readable.find(mongo, old, Reflection.class, COLLECTION, limit);
  }

  @Override
  public long deleteByLeader(LeaderId leader) {
    return mongo
        .remove(Query.query(where("leaderId").is(leader.value())), COLLECTION)
        .getDeletedCount();
  }
}
