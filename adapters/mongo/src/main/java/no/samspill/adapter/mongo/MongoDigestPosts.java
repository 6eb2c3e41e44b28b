package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import no.samspill.core.digest.DigestPosts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** One document per tenant and week; the first insert or an expired lease wins the claim. */
final class MongoDigestPosts implements DigestPosts {

  static final String COLLECTION = "digest_posts";

  record DigestPost(
      String id,
      String status,
      String claimedBy,
      Instant leaseUntil,
      String outcome,
      Instant postedAt) {}

  private final MongoTemplate mongo;

  MongoDigestPosts(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public boolean claim(String key, Instant now, Duration lease, String instance) {
    try {
      mongo.insert(
          new DigestPost(key, "CLAIMED", instance, now.plus(lease), null, null), COLLECTION);
      return true;
    } catch (DuplicateKeyException e) {
      Query expired =
          Query.query(where("_id").is(key).and("status").is("CLAIMED").and("leaseUntil").lt(now));
      return mongo
              .updateFirst(
                  expired,
                  Update.update("claimedBy", instance).set("leaseUntil", now.plus(lease)),
                  COLLECTION)
              .getModifiedCount()
          == 1;
    }
  }

  @Override
  public boolean finish(String key, String instance, String outcome, Instant at) {
    Query held =
        Query.query(where("_id").is(key).and("status").is("CLAIMED").and("claimedBy").is(instance));
    return mongo
            .updateFirst(
                held,
                Update.update("status", "POSTED").set("outcome", outcome).set("postedAt", at),
                COLLECTION)
            .getModifiedCount()
        == 1;
  }
}
