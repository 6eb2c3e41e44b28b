package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
 * One document per source ({@code _id} is its run key): the last polling round claimed and the last
 * run. A round is claimed by raising {@code round} with a conditional update, or by the first
 * insert of the key, so two instances never both win one round.
 */
final class MongoImportRuns implements ImportRuns {

  static final String COLLECTION = "import_runs";

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
    Query earlier = Query.query(where("_id").is(key).and("round").lt(round));
    if (mongo.updateFirst(earlier, Update.update("round", round), COLLECTION).getModifiedCount()
        == 1) {
      return true;
    }
    try {
      mongo.insert(
          new Document("_id", key).append("tenantId", tenant.value()).append("round", round),
          COLLECTION);
      return true;
    } catch (DuplicateKeyException e) {
      // It exists: either this round is taken, or it was recorded before any round was claimed.
      Query unclaimed = Query.query(where("_id").is(key).and("round").exists(false));
      return mongo
              .updateFirst(unclaimed, Update.update("round", round), COLLECTION)
              .getModifiedCount()
          == 1;
    }
  }

  @Override
  public void forget(TenantId tenant, String key) {
    mongo.remove(Query.query(where("_id").is(key).and("tenantId").is(tenant.value())), COLLECTION);
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
