package no.samspill.adapter.mongo;

import static no.samspill.adapter.mongo.MongoNudges.COLLECTION;
import static no.samspill.adapter.mongo.MongoNudges.held;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The dispatcher's writes to nudges by the batch: claiming due ones, renewing the claims of those
 * opened together and recording their outcomes, each in a constant number of round trips whatever
 * the batch's size, and each conditional per document on the claim's token.
 */
final class MongoNudgeClaims {

  private final MongoTemplate mongo;

  /** Null where the server applies a conditional update atomically (the embedded one). */
  private final DocumentLocks locks;

  private final ServerTraits server;

  private final CandidatesReadAhead readAhead = new CandidatesReadAhead();

  /** How often, where claims look day by day, a claim looks at every due nudge instead. */
  static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

  private static final Duration SWEEP_TIMEOUT = Duration.ofMinutes(1);

  /** Ties broken by leader (random ids), so a batch mixes tenants rather than taking one's all. */
  private static final Comparator<Candidate> BY_DUE =
      Comparator.comparing(Candidate::dueAt).thenComparing(Candidate::leaderId);

  private Instant sweptAt = Instant.MIN;

  MongoNudgeClaims(MongoTemplate mongo, ServerTraits server) {
    this.mongo = mongo;
    this.locks = server.locks();
    this.server = server;
  }

  record Candidate(String id, Instant dueAt, String leaderId) {}

  /**
   * Due nudges and expired leases are looked for in two queries, each a plain equality on status
   * followed by its range, not one {@code $or} (expired leases only when due ones leave room):
   * FerretDB hands PostgreSQL only top-level equality and reads the whole collection for an {@code
   * $or}, and MongoDB serves each from its own index.
   */
  List<Nudge> claimDue(Instant now, Duration lease, String claim, int limit) {
    Optional<List<Candidate>> ahead = readAhead.take(now, limit);
    if (ahead.isPresent()) {
      List<Nudge> claimed = claim(ahead.get(), now, lease, claim, limit);
      if (!claimed.isEmpty()) {
        return claimed;
      }
      // Another instance took them since they were read: ask the server before saying none is due.
      readAhead.forget();
    }
    List<Candidate> read = dueCandidates(now, limit * CandidatesReadAhead.BATCHES);
    List<Candidate> due = read.subList(0, Math.min(limit, read.size()));
    readAhead.keep(now, read.subList(due.size(), read.size()));
    return claim(due, now, lease, claim, limit);
  }

  private List<Nudge> claim(
      List<Candidate> due, Instant now, Duration lease, String claim, int limit) {
    // Expired leases (an instance died mid-send) fill what room the due ones leave: a backlog of
    // due nudges is sent first, and a second query is spared.
    List<Candidate> expired =
        due.size() < limit ? candidates(expired(now), limit - due.size()) : List.of();
    List<Candidate> batch =
        Stream.concat(due.stream(), expired.stream()).sorted(BY_DUE).limit(limit).toList();
    Map<String, String> byKey = new LinkedHashMap<>();
    for (Candidate candidate : batch) {
      byKey.put(DocumentLocks.key(COLLECTION, candidate.id()), candidate.id());
    }
    if (byKey.isEmpty()) {
      return List.of();
    }
    // The nudges another instance is claiming right now are left to it.
    Map<String, String> locked = locks == null ? byKey : locks.tryLock(byKey.keySet(), now, lease);
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
      if (locks != null) {
        locks.unlock(locked.values());
      }
    }
  }

  /**
   * Where the server narrows a range beside an equality, one query; elsewhere (FerretDB) one per
   * UTC day since yesterday, an equality each, so a claim reads the days' planned nudges rather
   * than every one planned for the months ahead, and now and then every due one, for those planned
   * before their day was stored or overdue since before yesterday.
   */
  private List<Candidate> dueCandidates(Instant now, int limit) {
    if (server.narrowsRanges()) {
      return candidates(due(now), limit);
    }
    if (sweepDue(now)) {
      return sweep(now, limit);
    }
    long today = MongoNudges.dueDay(now);
    List<Candidate> found = new ArrayList<>(candidates(dueOn(today - 1, now), limit));
    found.addAll(candidates(dueOn(today, now), limit));
    return found.stream().sorted(BY_DUE).limit(limit).toList();
  }

  /**
   * Every due nudge, as {@link #due} finds them, with a time limit of its own: on FerretDB it reads
   * every planned nudge, seconds with 100,000 planned, more than a request's limit allows; it runs
   * once in {@link #SWEEP_EVERY}, in the dispatcher, never for a request.
   */
  private List<Candidate> sweep(Instant now, int limit) {
    Document filter =
        new Document("status", NudgeStatus.PLANNED.name())
            .append("dueAt", new Document("$lte", Date.from(now)));
    List<Candidate> found = new ArrayList<>();
    mongo
        .getCollection(COLLECTION)
        .withTimeout(SWEEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .find(filter)
        .projection(Projections.include("dueAt", "leaderId"))
        .sort(Sorts.ascending("dueAt", "leaderId"))
        .limit(limit)
        .batchSize(limit)
        .forEach(
            nudge ->
                found.add(
                    new Candidate(
                        nudge.getString("_id"),
                        nudge.getDate("dueAt").toInstant(),
                        nudge.getString("leaderId"))));
    return found;
  }

  private synchronized boolean sweepDue(Instant now) {
    if (!now.isBefore(sweptAt) && now.isBefore(sweptAt.plus(SWEEP_EVERY))) {
      return false;
    }
    sweptAt = now;
    return true;
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
    Update claiming =
        new Update()
            .set("status", NudgeStatus.CLAIMED)
            .set("claimedBy", claim)
            .set("leaseUntil", now.plus(lease))
            .inc("attempts", 1);
    if (server.scansIdLists()) {
      // FerretDB reads every nudge in the status for an id list; by its own _id each statement
      // reads one. Under the batch's locks, so no other instance writes them meanwhile.
      for (int from = 0; from < ids.size(); from += ServerTraits.STATEMENTS_PER_BULK) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (String id :
            ids.subList(from, Math.min(ids.size(), from + ServerTraits.STATEMENTS_PER_BULK))) {
          bulk.updateOne(Query.query(where("_id").is(id)).addCriteria(which), claiming);
        }
        bulk.execute();
      }
      return;
    }
    // One flat filter, the status test first: the embedded server narrows by the status beside its
    // range, where testing every stored nudge against the batch's ids first made a claim
    // O(stored x batch).
    mongo.updateMulti(Query.query(which.and("_id").in(ids)), claiming, COLLECTION);
  }

  private static Criteria due(Instant now) {
    return where("status").is(NudgeStatus.PLANNED).and("dueAt").lte(now);
  }

  private static Criteria dueOn(long day, Instant now) {
    return where("status")
        .is(NudgeStatus.PLANNED)
        .and(MongoNudges.DUE_DAY)
        .is(day)
        .and("dueAt")
        .lte(now);
  }

  private static Criteria expired(Instant now) {
    return where("status").is(NudgeStatus.CLAIMED).and("leaseUntil").lt(now);
  }

  /**
   * One update per claim token (a batch has one), conditional per document; read back only when
   * fewer matched than asked, to tell which are still held.
   */
  List<Nudge> holdAll(List<Nudge> claimed, Instant now, Duration lease) {
    Map<String, List<String>> byToken = new LinkedHashMap<>();
    for (Nudge nudge : claimed) {
      byToken.computeIfAbsent(nudge.claimedBy(), token -> new ArrayList<>()).add(nudge.id());
    }
    Set<String> held = new HashSet<>();
    byToken.forEach(
        (token, ids) -> {
          Query mine = Query.query(heldUnder(token).and("_id").in(ids));
          long matched =
              mongo
                  .updateMulti(
                      mine,
                      new Update().set("leaseUntil", now.plus(lease)).set("sendingAt", now),
                      COLLECTION)
                  .getMatchedCount();
          held.addAll(matched == ids.size() ? ids : idsOf(mine.limit(ids.size())));
        });
    return claimed.stream()
        .filter(nudge -> held.contains(nudge.id()))
        .map(nudge -> nudge.heldForSending(now.plus(lease), now))
        .toList();
  }

  /**
   * One conditional update per claim token, status and reason (a batch sent at once: one for all
   * its sent nudges), in one bulk write; read back only when fewer matched than were recorded.
   * Chunked, because FerretDB holds a PostgreSQL connection per statement of a bulk write until it
   * ends, and more statements than its pool has connections never finish.
   */
  Set<String> finishAll(List<Nudges.Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return Set.of();
    }
    Map<List<Object>, List<Nudges.Outcome>> groups = new LinkedHashMap<>();
    for (Nudges.Outcome outcome : outcomes) {
      List<Object> key =
          Arrays.asList(outcome.claimed().claimedBy(), outcome.status(), outcome.reason());
      groups.computeIfAbsent(key, none -> new ArrayList<>()).add(outcome);
    }
    List<List<Nudges.Outcome>> statements = List.copyOf(groups.values());
    long matched = 0;
    for (int from = 0; from < statements.size(); from += ServerTraits.STATEMENTS_PER_BULK) {
      BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
      for (List<Nudges.Outcome> group :
          statements.subList(
              from, Math.min(statements.size(), from + ServerTraits.STATEMENTS_PER_BULK))) {
        Nudges.Outcome first = group.get(0);
        List<String> ids = group.stream().map(o -> o.claimed().id()).toList();
        // The group's last moment: they are written together.
        Instant at = group.stream().map(Nudges.Outcome::at).max(Instant::compareTo).orElseThrow();
        bulk.updateMulti(
            Query.query(heldUnder(first.claimed().claimedBy()).and("_id").in(ids)),
            finishing(first.status(), first.reason(), at));
      }
      matched += bulk.execute().getMatchedCount();
    }
    Set<String> ids = outcomes.stream().map(o -> o.claimed().id()).collect(Collectors.toSet());
    if (matched == outcomes.size()) {
      return ids;
    }
    // Some claim was taken over: the recorded ones carry this holder's token and the new status.
    Map<String, Nudge> now = new HashMap<>();
    Query stored = Query.query(where("_id").in(ids)).limit(ids.size()).cursorBatchSize(ids.size());
    mongo.find(stored, Nudge.class, COLLECTION).forEach(n -> now.put(n.id(), n));
    return outcomes.stream()
        .filter(
            o -> {
              Nudge after = now.get(o.claimed().id());
              return after != null
                  && after.status() == o.status()
                  && Objects.equals(after.claimedBy(), o.claimed().claimedBy());
            })
        .map(o -> o.claimed().id())
        .collect(Collectors.toSet());
  }

  /** What recording a final outcome writes. */
  static Update finishing(NudgeStatus status, String reason, Instant at) {
    Update update = Update.update("status", status).set("reason", reason).unset("leaseUntil");
    if (status == NudgeStatus.SENT) {
      update.set("sentAt", at);
    }
    return update;
  }

  private static Criteria heldUnder(String token) {
    // Equalities first and top-level, so FerretDB hands them to PostgreSQL.
    return where("status").is(NudgeStatus.CLAIMED).and("claimedBy").is(token);
  }

  private List<String> idsOf(Query query) {
    query.fields().include("_id");
    return mongo.find(query, MongoNudges.Key.class, COLLECTION).stream()
        .map(MongoNudges.Key::id)
        .toList();
  }
}
