package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeScope;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Nudges keyed by their idempotency key. A claim is a conditional update (status and lease in the
 * filter, evaluated per document) made while holding each nudge's {@link DocumentLocks lock}, so of
 * two instances racing for a nudge exactly one wins, on FerretDB too; it writes the claim's token
 * into {@code claimedBy}, and every later write by the holder is conditional on it. A batch is
 * claimed in five to seven round trips, whatever its size.
 */
final class MongoNudges implements Nudges {

  static final String COLLECTION = "nudges";
  private static final int CANCEL_BATCH = 1000;

  private final MongoTemplate mongo;
  private final DocumentLocks locks;

  MongoNudges(MongoTemplate mongo) {
    this.mongo = mongo;
    this.locks = new DocumentLocks(mongo);
  }

  @Override
  public void plan(Nudge nudge) {
    try {
      mongo.insert(nudge, COLLECTION);
    } catch (DuplicateKeyException e) {
      boolean moved =
          mongo
                  .updateFirst(
                      Query.query(
                          where("_id").is(nudge.id()).and("status").is(NudgeStatus.PLANNED)),
                      Update.update("dueAt", nudge.dueAt()),
                      COLLECTION)
                  .getMatchedCount()
              == 1;
      if (!moved) {
        // Cancelled before any instance claimed it (claimedBy is unset), so it was never sent.
        mongo.updateFirst(
            Query.query(
                where("_id")
                    .is(nudge.id())
                    .and("status")
                    .is(NudgeStatus.CANCELLED)
                    .and("claimedBy")
                    .is(null)),
            Update.update("status", NudgeStatus.PLANNED)
                .set("dueAt", nudge.dueAt())
                .unset("reason"),
            COLLECTION);
      }
    }
  }

  @Override
  public boolean cancelPlanned(String id, String reason) {
    return mongo
            .updateFirst(
                Query.query(where("_id").is(id).and("status").is(NudgeStatus.PLANNED)),
                Update.update("status", NudgeStatus.CANCELLED).set("reason", reason),
                COLLECTION)
            .getModifiedCount()
        == 1;
  }

  @Override
  public int cancelPlanned(TenantId tenant, MeetingId meeting, String reason) {
    Update cancel = Update.update("status", NudgeStatus.CANCELLED).set("reason", reason);
    Query planned = plannedAbout(tenant, List.of(meeting));
    return (int) mongo.updateMulti(planned, cancel, COLLECTION).getModifiedCount();
  }

  @Override
  public int countPlanned(TenantId tenant, Collection<MeetingId> meetings) {
    return meetings.isEmpty() ? 0 : (int) mongo.count(plannedAbout(tenant, meetings), COLLECTION);
  }

  /** The tenant's nudges still planned about one of the meetings. */
  private static Query plannedAbout(TenantId tenant, Collection<MeetingId> meetings) {
    List<String> ids = meetings.stream().map(MeetingId::value).toList();
    return Query.query(
        where("tenantId")
            .is(tenant.value())
            .and("meetingId")
            .in(ids)
            .and("status")
            .is(NudgeStatus.PLANNED));
  }

  @Override
  public int cancelPlannedExcept(NudgeScope scope, Set<String> keep, String reason) {
    Criteria inScope =
        where("tenantId")
            .is(scope.tenant().value())
            .and("status")
            .is(NudgeStatus.PLANNED)
            .and("kind")
            .in(scope.kinds().stream().map(Enum::name).toList());
    Optional.ofNullable(scope.caseId()).ifPresent(id -> inScope.and("caseId").is(id.value()));
    Optional.ofNullable(scope.meetingId()).ifPresent(id -> inScope.and("meetingId").is(id.value()));
    Optional.ofNullable(scope.leaderId()).ifPresent(id -> inScope.and("leaderId").is(id.value()));
    Query planned = Query.query(inScope);
    planned.fields().include("_id");
    // Compared here, not in a $nin filter: a tenant's kept keys can outgrow one query document.
    List<String> stale =
        mongo.find(planned, Key.class, COLLECTION).stream()
            .map(Key::id)
            .filter(id -> !keep.contains(id))
            .toList();
    long cancelled = 0;
    for (int from = 0; from < stale.size(); from += CANCEL_BATCH) {
      List<String> batch = stale.subList(from, Math.min(stale.size(), from + CANCEL_BATCH));
      cancelled +=
          mongo
              .updateMulti(
                  Query.query(where("_id").in(batch).and("status").is(NudgeStatus.PLANNED)),
                  Update.update("status", NudgeStatus.CANCELLED).set("reason", reason),
                  COLLECTION)
              .getModifiedCount();
    }
    return (int) cancelled;
  }

  /** Only a nudge's key. */
  record Key(String id) {}

  record Candidate(String id, Instant dueAt, String leaderId) {}

  /**
   * Due nudges and expired leases are looked for in two queries, each a plain equality on status
   * followed by its range, not one {@code $or} (expired leases only when due ones leave room):
   * FerretDB hands PostgreSQL only top-level equality and reads the whole collection for an {@code
   * $or}, and MongoDB serves each from its own index.
   */
  @Override
  public List<Nudge> claimDue(Instant now, Duration lease, String claim, int limit) {
    List<Candidate> due = candidates(due(now), limit);
    // Expired leases (an instance died mid-send) fill what room the due ones leave: a backlog of
    // due nudges is sent first, and a second query is spared.
    List<Candidate> expired =
        due.size() < limit ? candidates(expired(now), limit - due.size()) : List.of();
    // Ties broken by leader (random ids), so a batch mixes tenants rather than taking one's all.
    List<Candidate> batch =
        Stream.concat(due.stream(), expired.stream())
            .sorted(Comparator.comparing(Candidate::dueAt).thenComparing(Candidate::leaderId))
            .limit(limit)
            .toList();
    Map<String, String> byKey = new LinkedHashMap<>();
    for (Candidate candidate : batch) {
      byKey.put(DocumentLocks.key(COLLECTION, candidate.id()), candidate.id());
    }
    if (byKey.isEmpty()) {
      return List.of();
    }
    // The nudges another instance is claiming right now are left to it.
    Map<String, String> locked = locks.tryLock(byKey.keySet(), now, lease);
    try {
      List<String> ids =
          byKey.entrySet().stream()
              .filter(candidate -> locked.containsKey(candidate.getKey()))
              .map(Map.Entry::getValue)
              .toList();
      if (ids.isEmpty()) {
        return List.of();
      }
      // One update per kind of candidate, conditional per document; the token it writes tells
      // afterwards which ones this instance got.
      Set<String> fromExpired = expired.stream().map(Candidate::id).collect(Collectors.toSet());
      List<String> planned = ids.stream().filter(id -> !fromExpired.contains(id)).toList();
      List<String> leased = ids.stream().filter(fromExpired::contains).toList();
      claim(due(now), planned, now, lease, claim);
      claim(expired(now), leased, now, lease, claim);
      // Read back by id, with the token, so FerretDB can hand PostgreSQL the token's equality; with
      // a limit, so that it answers in one reply instead of leaving a cursor open.
      Map<String, Nudge> byId = new HashMap<>();
      Query readBack =
          Query.query(where("_id").in(ids).and("claimedBy").is(claim))
              .limit(ids.size())
              .cursorBatchSize(ids.size());
      for (Nudge nudge : mongo.find(readBack, Nudge.class, COLLECTION)) {
        byId.put(nudge.id(), nudge);
      }
      return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    } finally {
      locks.unlock(locked.values());
    }
  }

  private List<Candidate> candidates(Criteria which, int limit) {
    Query query = Query.query(which).with(Sort.by("dueAt", "leaderId")).limit(limit);
    query.fields().include("_id").include("dueAt").include("leaderId");
    // The whole batch in the first reply: a real server's default first batch is 101 documents.
    query.cursorBatchSize(limit);
    return mongo.find(query, Candidate.class, COLLECTION);
  }

  private void claim(Criteria which, List<String> ids, Instant now, Duration lease, String claim) {
    if (ids.isEmpty()) {
      return;
    }
    // One flat filter, the status test first: FerretDB hands PostgreSQL a top-level equality (not
    // one inside $and), and the embedded server scans, where testing every stored nudge against the
    // batch's ids first made a claim O(stored x batch).
    mongo.updateMulti(
        Query.query(which.and("_id").in(ids)),
        new Update()
            .set("status", NudgeStatus.CLAIMED)
            .set("claimedBy", claim)
            .set("leaseUntil", now.plus(lease))
            .inc("attempts", 1),
        COLLECTION);
  }

  private static Criteria due(Instant now) {
    return where("status").is(NudgeStatus.PLANNED).and("dueAt").lte(now);
  }

  private static Criteria expired(Instant now) {
    return where("status").is(NudgeStatus.CLAIMED).and("leaseUntil").lt(now);
  }

  @Override
  public boolean finish(Nudge claimed, NudgeStatus status, String reason, Instant at) {
    Update update = Update.update("status", status).set("reason", reason).unset("leaseUntil");
    if (status == NudgeStatus.SENT) {
      update.set("sentAt", at);
    }
    return mongo.updateFirst(held(claimed), update, COLLECTION).getModifiedCount() == 1;
  }

  @Override
  public Optional<Nudge> holdForSending(Nudge claimed, Instant now, Duration lease) {
    return Optional.ofNullable(
        FindAndModify.apply(
            mongo,
            held(claimed),
            new Update().set("leaseUntil", now.plus(lease)).set("sendingAt", now),
            Nudge.class,
            COLLECTION));
  }

  @Override
  public boolean release(Nudge claimed) {
    return mongo
            .updateFirst(
                held(claimed),
                new Update()
                    .set("status", NudgeStatus.PLANNED)
                    .unset("leaseUntil")
                    .unset("claimedBy")
                    .inc("attempts", -1),
                COLLECTION)
            .getModifiedCount()
        == 1;
  }

  @Override
  public boolean retryLater(Nudge claimed, Instant dueAt, String reason) {
    return mongo
            .updateFirst(
                held(claimed),
                Update.update("status", NudgeStatus.PLANNED)
                    .set("dueAt", dueAt)
                    .set("reason", reason)
                    .unset("leaseUntil")
                    .unset("claimedBy"),
                COLLECTION)
            .getModifiedCount()
        == 1;
  }

  /** Still claimed under the same token: nobody took it over since (a claim sets a new one). */
  private static Query held(Nudge claimed) {
    return Query.query(
        where("_id")
            .is(claimed.id())
            .and("status")
            .is(NudgeStatus.CLAIMED)
            .and("claimedBy")
            .is(claimed.claimedBy()));
  }

  @Override
  public List<Nudge> upcoming(LeaderId leader, Instant from, int limit) {
    Query query =
        Query.query(
                where("leaderId")
                    .is(leader.value())
                    .and("status")
                    .is(NudgeStatus.PLANNED)
                    .and("dueAt")
                    .gte(from))
            .with(Sort.by("dueAt"))
            .limit(limit);
    return mongo.find(query, Nudge.class, COLLECTION);
  }

  @Override
  public List<Nudge> findByCase(TenantId tenant, CaseId caseId, int limit) {
    Query query =
        Query.query(where("tenantId").is(tenant.value()).and("caseId").is(caseId.value()))
            .with(Sort.by("dueAt"))
            .limit(limit);
    return mongo.find(query, Nudge.class, COLLECTION);
  }

  @Override
  public Optional<Instant> nextWakeUp() {
    Query planned =
        Query.query(where("status").is(NudgeStatus.PLANNED)).with(Sort.by("dueAt")).limit(1);
    Query leased =
        Query.query(where("status").is(NudgeStatus.CLAIMED)).with(Sort.by("leaseUntil")).limit(1);
    Optional<Instant> due =
        Optional.ofNullable(mongo.findOne(planned, Nudge.class, COLLECTION)).map(Nudge::dueAt);
    Optional<Instant> lease =
        Optional.ofNullable(mongo.findOne(leased, Nudge.class, COLLECTION)).map(Nudge::leaseUntil);
    return due.isEmpty() ? lease : lease.filter(l -> l.isBefore(due.get())).or(() -> due);
  }

  @Override
  public long purgeFinishedBefore(TenantId tenant, Instant cutoff) {
    Query finished =
        Query.query(
            where("tenantId")
                .is(tenant.value())
                .and("status")
                .in(
                    NudgeStatus.SENT,
                    NudgeStatus.FAILED,
                    NudgeStatus.EXPIRED,
                    NudgeStatus.CANCELLED)
                .and("dueAt")
                .lt(cutoff));
    return mongo.remove(finished, COLLECTION).getDeletedCount();
  }

  @Override
  public long deleteByLeader(LeaderId leader) {
    return mongo
        .remove(Query.query(where("leaderId").is(leader.value())), COLLECTION)
        .getDeletedCount();
  }

  @Override
  public int countSent(TenantId tenant, Instant from, Instant to) {
    Query query =
        Query.query(
            where("tenantId")
                .is(tenant.value())
                .and("status")
                .is(NudgeStatus.SENT)
                .and("kind")
                .is(NudgeKind.CASE_FLOW)
                .and("sentAt")
                .gte(from)
                .lt(to));
    return (int) mongo.count(query, COLLECTION);
  }

  @Override
  public List<Nudge> find(TenantId tenant, NudgeStatus status, int limit) {
    Query query =
        Query.query(where("tenantId").is(tenant.value()).and("status").is(status))
            .with(Sort.by(Sort.Direction.DESC, "dueAt"))
            .limit(limit);
    return mongo.find(query, Nudge.class, COLLECTION);
  }
}
