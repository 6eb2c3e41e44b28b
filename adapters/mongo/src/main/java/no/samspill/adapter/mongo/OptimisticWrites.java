package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import no.samspill.core.ConcurrentChangeException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Saves a versioned document only if nobody changed it since it was read: version 0 means new and
 * is inserted, any other version replaces the document stored under exactly that version.
 */
final class OptimisticWrites {

  private OptimisticWrites() {}

  static <T> void save(
      MongoTemplate mongo, String collection, String id, long readVersion, T next, String what) {
    if (readVersion == 0) {
      try {
        mongo.insert(next, collection);
        return;
      } catch (DuplicateKeyException e) {
        throw new ConcurrentChangeException(what);
      }
    }
    Query current = Query.query(where("_id").is(id).and("version").is(readVersion));
    if (mongo.replace(current, next, collection).getMatchedCount() == 0) {
      throw new ConcurrentChangeException(what);
    }
  }
}
