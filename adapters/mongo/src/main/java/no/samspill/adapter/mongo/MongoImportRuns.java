package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportFailure;
import no.samspill.core.imports.ImportRun;
import no.samspill.core.imports.ImportRuns;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per source ({@code _id} is its run key) with its last run, one mark per polling
 * round claimed ({@code import_rounds}, unique by key and round), so two instances never both win a
 * round, on FerretDB too, and the claims on running a source ({@code import_claims}): each under a
 * random {@code _id} with the source's key unique, so taking one is an insert (atomic on every
 * server) and removing an expired one by its id never removes a newer one.
 */
final class MongoImportRuns implements ImportRuns {

  static final String COLLECTION = "import_runs";
  static final String ROUNDS = "import_rounds";
  static final String CLAIMS = "import_claims";
  private static final long KEPT_ROUNDS = 10;

  private final MongoTemplate mongo;

  MongoImportRuns(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Map<String, ImportRun> lastRuns(TenantId tenant) {
    Map<String, ImportRun> runs = new HashMap<>();
    for (Document d :
        mongo.find(Query.query(where("tenantId").is(tenant.value())), Document.class, COLLECTION)) {
      Object last = d.get("last");
      if (last instanceof Document run) {
        runs.put(d.getString("_id"), run(run));
      }
    }
    return runs;
  }

  @Override
  public void record(TenantId tenant, String key, ImportRun run) {
    Update update = Update.update("tenantId", tenant.value()).set("last", document(run));
    mongo.upsert(Query.query(where("_id").is(key)), update, COLLECTION);
  }

  @Override
  public boolean claimRound(TenantId tenant, String key, long round) {
    try {
      // An insert under a unique id is atomic on every server; a conditional update is not on
      // FerretDB, where two instances racing from the same state both won a round.
      mongo.insert(
          new Document("_id", key + "#" + round)
              .append("key", key)
              .append("tenantId", tenant.value())
              .append("round", round),
          ROUNDS);
    } catch (DuplicateKeyException e) {
      return false;
    }
    // A later round already claimed makes this one stale (a clock behind the others').
    if (mongo.exists(Query.query(where("key").is(key).and("round").gt(round)), ROUNDS)) {
      return false;
    }
    // The newest rounds' marks are kept, so a stale claim still finds a later one.
    mongo.remove(Query.query(where("key").is(key).and("round").lt(round - KEPT_ROUNDS)), ROUNDS);
    return true;
  }

  @Override
  public void forget(TenantId tenant, String key) {
    mongo.remove(Query.query(where("_id").is(key).and("tenantId").is(tenant.value())), COLLECTION);
    mongo.remove(Query.query(where("key").is(key).and("tenantId").is(tenant.value())), ROUNDS);
  }

  @Override
  public boolean insertClaim(TenantId tenant, RunClaim claim) {
    try {
      mongo.insert(
          new Document("_id", claim.id())
              .append("key", claim.key())
              .append("tenantId", tenant.value())
              .append("until", java.util.Date.from(claim.until())),
          CLAIMS);
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  @Override
  public Optional<RunClaim> findClaim(String key) {
    return Optional.ofNullable(
            mongo.findOne(Query.query(where("key").is(key)), Document.class, CLAIMS))
        .map(d -> new RunClaim(d.getString("_id"), key, d.getDate("until").toInstant()));
  }

  @Override
  public void removeClaim(String id) {
    mongo.remove(Query.query(where("_id").is(id)), CLAIMS);
  }

  private static Document document(ImportRun run) {
    return new Document("at", java.util.Date.from(run.at()))
        .append("created", run.created())
        .append("updated", run.updated())
        .append("cancelled", run.cancelled())
        .append("unchanged", run.unchanged())
        .append("problems", run.problems())
        .append("failure", run.failure() == null ? null : run.failure().name())
        .append("detail", run.detail());
  }

  private static ImportRun run(Document d) {
    String failure = d.getString("failure");
    Instant at = d.getDate("at").toInstant();
    return new ImportRun(
        at,
        d.getInteger("created", 0),
        d.getInteger("updated", 0),
        d.getInteger("cancelled", 0),
        d.getInteger("unchanged", 0),
        d.getInteger("problems", 0),
        failure == null ? null : ImportFailure.valueOf(failure),
        d.getString("detail"));
  }
}
