package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.delivery.SharedBudgets;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per sending instance: the platform budgets it sends under and until when that holds.
 * A handful of documents (one per instance), read whole on each refresh.
 */
final class MongoBudgetSenders implements SharedBudgets.Senders {

  static final String COLLECTION = "budget_senders";
  static final String UNTIL = "until";
  private static final String BUDGETS = "budgets";

  /** Records of instances gone for this long are removed (a TTL index FerretDB 1.24 refuses). */
  private static final Duration KEPT_AFTER_LAPSE = Duration.ofHours(1);

  private final MongoTemplate mongo;
  private Instant lastCleanUp = Instant.MIN;

  MongoBudgetSenders(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public Map<String, Integer> announce(
      String instance, Set<String> budgets, Instant until, Instant now) {
    Query mine = Query.query(where("_id").is(instance));
    if (budgets.isEmpty()) {
      mongo.remove(mine, COLLECTION);
    } else {
      Document record =
          new Document("_id", instance).append(BUDGETS, List.copyOf(budgets)).append(UNTIL, until);
      mongo
          .getCollection(COLLECTION)
          .replaceOne(new Document("_id", instance), record, new ReplaceOptions().upsert(true));
    }
    cleanUp(now);
    Map<String, Integer> others = new HashMap<>();
    for (Document other :
        mongo.find(Query.query(where(UNTIL).gt(now)), Document.class, COLLECTION)) {
      if (!instance.equals(other.get("_id"))) {
        for (Object budget : other.getList(BUDGETS, Object.class, List.of())) {
          others.merge(String.valueOf(budget), 1, Integer::sum);
        }
      }
    }
    return others;
  }

  private void cleanUp(Instant now) {
    if (lastCleanUp.isBefore(now.minus(KEPT_AFTER_LAPSE))) {
      lastCleanUp = now;
      mongo.remove(Query.query(where(UNTIL).lt(now.minus(KEPT_AFTER_LAPSE))), COLLECTION);
    }
  }
}
