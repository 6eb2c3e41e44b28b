package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.FlowActivity;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

final class MongoReflections implements Reflections {

  static final String COLLECTION = "reflections";

  /** Set only on completed, shared reflections: their UTC ISO week (see {@link #weekKey}). */
  static final String SHARED_WEEK = "sharedWeek";

  private final MongoTemplate mongo;
  private final OptimisticWrites writes;

  MongoReflections(MongoTemplate mongo, ServerTraits server) {
    this.mongo = mongo;
    this.writes = new OptimisticWrites(mongo, server);
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

  /**
   * One query for all the leaders, newest first, reading at most {@code limit} per leader on
   * average; only if that cap is reached (a leader with very many) is each leader read on its own.
   */
  @Override
  public Map<LeaderId, List<Reflection>> findByLeaders(Collection<LeaderId> leaders, int limit) {
    List<String> ids = leaders.stream().map(LeaderId::value).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    int cap = limit * ids.size();
    Query query =
        Query.query(where("leaderId").in(ids))
            .with(Sort.by(Sort.Direction.DESC, "startedAt"))
            .limit(cap)
            .cursorBatchSize(Math.min(cap, 1000));
    List<Reflection> found = mongo.find(query, Reflection.class, COLLECTION);
    if (found.size() >= cap) {
      return Reflections.super.findByLeaders(leaders, limit);
    }
    Map<LeaderId, List<Reflection>> byLeader = new HashMap<>();
    for (Reflection r : found) {
      List<Reflection> theirs = byLeader.computeIfAbsent(r.leaderId(), id -> new ArrayList<>());
      if (theirs.size() < limit) {
        theirs.add(r);
      }
    }
    return byLeader;
  }

  @Override
  public Reflection save(Reflection reflection) {
    Reflection next = reflection.withVersion(reflection.version() + 1);
    Document stored = new Document();
    mongo.getConverter().write(next, stored);
    sharedWeek(next).ifPresent(week -> stored.put(SHARED_WEEK, week));
    writes.save(COLLECTION, reflection.id().value(), reflection.version(), stored, "Reflection");
    return next;
  }

  /**
   * One equality query per UTC week the range touches (a digest week: two), on fields an index
   * leads with: FerretDB hands only top-level equality to PostgreSQL, so this reads the tenant's
   * shared reflections of those weeks there, where a date range would read the whole collection.
   */
  @Override
  public List<Reflection> findShared(TenantId tenant, Instant from, Instant to) {
    List<Reflection> shared = new ArrayList<>();
    if (!from.isBefore(to)) {
      return shared;
    }
    LocalDate last = utcDay(to.minusNanos(1));
    for (LocalDate monday = utcDay(from).with(DayOfWeek.MONDAY);
        !monday.isAfter(last);
        monday = monday.plusWeeks(1)) {
      Query inWeek =
          Query.query(
              where("tenantId")
                  .is(tenant.value())
                  .and(SHARED_WEEK)
                  .is(weekKey(monday))
                  .and("completedAt")
                  .gte(from)
                  .lt(to));
      shared.addAll(mongo.find(inWeek, Reflection.class, COLLECTION));
    }
    shared.sort(Comparator.comparing(Reflection::completedAt));
    return shared;
  }

  /**
   * One query for a long range (a municipal term: up to some 210 weeks), its weeks as one {@code
   * $in} on the same index as {@link #findShared}; on FerretDB the tenant's equality is what it
   * hands on, so it reads the tenant's reflections once instead of once per week.
   */
  @Override
  public List<Reflection> findSharedOver(TenantId tenant, Instant from, Instant to) {
    if (!from.isBefore(to)) {
      return List.of();
    }
    List<String> weeks = new ArrayList<>();
    LocalDate last = utcDay(to.minusNanos(1));
    for (LocalDate monday = utcDay(from).with(DayOfWeek.MONDAY);
        !monday.isAfter(last);
        monday = monday.plusWeeks(1)) {
      weeks.add(weekKey(monday));
    }
    Query inWeeks =
        Query.query(
            where("tenantId")
                .is(tenant.value())
                .and(SHARED_WEEK)
                .in(weeks)
                .and("completedAt")
                .gte(from)
                .lt(to));
    List<Reflection> shared = new ArrayList<>(mongo.find(inWeeks, Reflection.class, COLLECTION));
    shared.sort(Comparator.comparing(Reflection::completedAt));
    return shared;
  }

  /** Reads only who ran which flow and when: the answers stay in the database. */
  @Override
  public List<FlowActivity> findActivity(TenantId tenant, Instant since, int limit) {
    Query changed =
        Query.query(where("tenantId").is(tenant.value()).and("updatedAt").gte(since)).limit(limit);
    changed.fields().include("leaderId", "phase", "status", "startedAt", "completedAt");
    List<FlowActivity> flows = new ArrayList<>();
    for (Document flow : mongo.find(changed, Document.class, COLLECTION)) {
      Date completed = flow.getDate("completedAt");
      boolean finished = ReflectionStatus.COMPLETED.name().equals(flow.getString("status"));
      flows.add(
          new FlowActivity(
              new LeaderId(flow.getString("leaderId")),
              Phase.valueOf(flow.getString("phase")),
              flow.getDate("startedAt").toInstant(),
              finished && completed != null ? completed.toInstant() : null));
    }
    return flows;
  }

  /** The UTC week a completed, shared reflection belongs to; none for any other. */
  static Optional<String> sharedWeek(Reflection r) {
    return r.status() == ReflectionStatus.COMPLETED && r.share() != ShareChoice.PRIVATE
        ? Optional.of(weekKey(utcDay(r.completedAt())))
        : Optional.empty();
  }

  /** The ISO week of a UTC day, as 2026-W49. */
  static String weekKey(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
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
  public long countAbout(TenantId tenant, Collection<MeetingId> meetings) {
    List<String> ids = meetings.stream().map(MeetingId::value).toList();
    Criteria about = where("tenantId").is(tenant.value()).and("meetingId");
    // One meeting is a plain equality, which FerretDB hands to PostgreSQL's index.
    return mongo.count(
        Query.query(ids.size() == 1 ? about.is(ids.get(0)) : about.in(ids)), COLLECTION);
  }

  @Override
  public long deleteByLeader(LeaderId leader) {
    return mongo
        .remove(Query.query(where("leaderId").is(leader.value())), COLLECTION)
        .getDeletedCount();
  }
}
