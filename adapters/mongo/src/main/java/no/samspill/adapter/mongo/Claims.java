package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A claim on once-only work (a week's digest, a day's purge): the first insert of its key wins, and
 * a claim whose lease ran out, its holder gone, is taken over. The document has the fields {@code
 * status}, {@code claimedBy} and {@code leaseUntil}.
 */
final class Claims {

  static final String CLAIMED = "CLAIMED";

  private Claims() {}

  static boolean claim(
      MongoTemplate mongo,
      String collection,
      Object fresh,
      String key,
      Instant now,
      Duration lease,
      String instance) {
    try {
      mongo.insert(fresh, collection);
      return true;
    } catch (DuplicateKeyException e) {
      Query expired =
          Query.query(where("_id").is(key).and("status").is(CLAIMED).and("leaseUntil").lt(now));
      return mongo
              .updateFirst(
                  expired,
                  Update.update("claimedBy", instance).set("leaseUntil", now.plus(lease)),
                  collection)
              .getModifiedCount()
          == 1;
    }
  }

  /** The claim as held by this instance, for the write that finishes the work. */
  static Query heldBy(String key, String instance) {
    return Query.query(
        where("_id").is(key).and("status").is(CLAIMED).and("claimedBy").is(instance));
  }
}
