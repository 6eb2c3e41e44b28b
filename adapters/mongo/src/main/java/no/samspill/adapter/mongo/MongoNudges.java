package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeScope;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.bson.Document;
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
 * claimed in five to seven round trips, whatever its size (three to five without the locks, on the
 * embedded server; fewer when its candidates were read ahead by the claim before). On FerretDB its
 * update goes by {@code _id}, one statement per nudge in bulk writes of 20, since an id list there
 * reads every planned nudge.
 */
final class MongoNudges implements Nudges {

  static final String COLLECTION = "nudges";

  /**
   * The UTC day a nudge falls due, stored beside its due time: an equality, which FerretDB hands
   * PostgreSQL where it reads every planned nudge for a range on the time.
   */
  static final String DUE_DAY = "dueDay";

  private static final int CANCEL_BATCH = 1000;

  /**
   * Where the next wake-up is looked for first: on a server that narrows a range, the nudges due
   * within the hour (or two days) are read, not every one planned for the months ahead.
   */
  private static final List<Duration> WAKE_UP_HORIZONS =
      List.of(Duration.ofHours(1), Duration.ofDays(2));

  private final MongoTemplate mongo;
  private final MongoNudgeClaims claims;
  private final ServerTraits server;
  private final Clock clock;

  MongoNudges(MongoTemplate mongo, ServerTraits server) {
    this(mongo, server, Clock.systemUTC());
  }

  MongoNudges(MongoTemplate mongo, ServerTraits server, Clock clock) {
    this.mongo = mongo;
    this.claims = new MongoNudgeClaims(mongo, server);
    this.server = server;
    this.clock = clock;
  }

  @Override
  public void plan(Nudge nudge) {
    Document stored = new Document();
    mongo.getConverter().write(nudge, stored);
    stored.put(DUE_DAY, dueDay(nudge.dueAt()));
    try {
      mongo.insert(stored, COLLECTION);
    } catch (DuplicateKeyException e) {
      boolean moved =
          mongo
                  .updateFirst(
                      Query.query(
                          where("_id").is(nudge.id()).and("status").is(NudgeStatus.PLANNED)),
                      Update.update("dueAt", nudge.dueAt()).set(DUE_DAY, dueDay(nudge.dueAt())),
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
                .set(DUE_DAY, dueDay(nudge.dueAt()))
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

  @Override
  public List<Nudge> claimDue(Instant now, Duration lease, String claim, int limit) {
    return claims.claimDue(now, lease, claim, limit);
  }

  @Override
  public List<Nudge> holdAllForSending(List<Nudge> claimed, Instant now, Duration lease) {
    return claims.holdAll(claimed, now, lease);
  }

  @Override
  public Set<String> finishAll(List<Outcome> outcomes) {
    return claims.finishAll(outcomes);
  }

  @Override
  public boolean finish(Nudge claimed, NudgeStatus status, String reason, Instant at) {
    return mongo
            .updateFirst(held(claimed), MongoNudgeClaims.finishing(status, reason, at), COLLECTION)
            .getModifiedCount()
        == 1;
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
                    .set(DUE_DAY, dueDay(dueAt))
                    .set("reason", reason)
                    .unset("leaseUntil")
                    .unset("claimedBy"),
                COLLECTION)
            .getModifiedCount()
        == 1;
  }

  /** Still claimed under the same token: nobody took it over since (a claim sets a new one). */
  static Query held(Nudge claimed) {
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
    Query leased =
        Query.query(where("status").is(NudgeStatus.CLAIMED)).with(Sort.by("leaseUntil")).limit(1);
    Optional<Instant> due = earliestPlanned();
    Optional<Instant> lease =
        Optional.ofNullable(mongo.findOne(leased, Nudge.class, COLLECTION)).map(Nudge::leaseUntil);
    return due.isEmpty() ? lease : lease.filter(l -> l.isBefore(due.get())).or(() -> due);
  }

  private Optional<Instant> earliestPlanned() {
    Instant now = clock.instant();
    if (server.narrowsRanges()) {
      for (Duration horizon : WAKE_UP_HORIZONS) {
        Optional<Instant> due = earliestPlanned(now.plus(horizon));
        if (due.isPresent()) {
          return due;
        }
      }
    } else {
      // Day by day, from yesterday's overdue ones to the day after tomorrow, each an equality.
      long today = dueDay(now);
      for (long day = today - 1; day <= today + WAKE_UP_HORIZONS.get(1).toDays(); day++) {
        Optional<Instant> due = earliestOn(day);
        if (due.isPresent()) {
          return due;
        }
      }
    }
    return earliestPlanned(null);
  }

  private Optional<Instant> earliestOn(long day) {
    Query first =
        Query.query(where("status").is(NudgeStatus.PLANNED).and(DUE_DAY).is(day))
            .with(Sort.by("dueAt"))
            .limit(1);
    return Optional.ofNullable(mongo.findOne(first, Nudge.class, COLLECTION)).map(Nudge::dueAt);
  }

  /** The UTC day of a due time, as {@link #DUE_DAY} stores it. */
  static long dueDay(Instant dueAt) {
    return Math.floorDiv(dueAt.getEpochSecond(), 86_400L);
  }

  /** The earliest planned nudge's due time, of those due by {@code latest} if given. */
  private Optional<Instant> earliestPlanned(Instant latest) {
    // One flat filter: the embedded server narrows a range only beside its equality, not in $and.
    Criteria planned = where("status").is(NudgeStatus.PLANNED);
    if (latest != null) {
      planned.and("dueAt").lte(latest);
    }
    Query first = Query.query(planned).with(Sort.by("dueAt")).limit(1);
    return Optional.ofNullable(mongo.findOne(first, Nudge.class, COLLECTION)).map(Nudge::dueAt);
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
