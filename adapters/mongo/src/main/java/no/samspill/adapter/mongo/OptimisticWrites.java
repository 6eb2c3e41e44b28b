package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samspill.core.ConcurrentChangeException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Saves a versioned document only if nobody changed it since it was read: version 0 means new and
 * is inserted, any other version replaces the document stored under exactly that version, while
 * holding that document's {@link DocumentLocks lock} where the server needs one.
 */
final class OptimisticWrites {

  /** Longer than one write can take (its operation time limit), so only a dead writer's expires. */
  private static final Duration LOCK_TTL = Duration.ofSeconds(30);

  private final MongoTemplate mongo;

  /** Null where the server applies a conditional replace atomically (the embedded one). */
  private final DocumentLocks locks;

  OptimisticWrites(MongoTemplate mongo, ServerTraits server) {
    this.mongo = mongo;
    this.locks = server.locks();
  }

  <T> void save(String collection, String id, long readVersion, T next, String what) {
    if (readVersion == 0) {
      try {
        mongo.insert(next, collection);
        return;
      } catch (DuplicateKeyException e) {
        throw new ConcurrentChangeException(what);
      }
    }
    if (locks == null) {
      replace(collection, id, readVersion, next, what);
      return;
    }
    // Under a lock: FerretDB does not apply the version check and the write atomically.
    Map<String, String> held =
        locks.tryLock(List.of(DocumentLocks.key(collection, id)), Instant.now(), LOCK_TTL);
    if (held.isEmpty()) {
      throw new ConcurrentChangeException(what);
    }
    try {
      replace(collection, id, readVersion, next, what);
    } finally {
      locks.unlock(held.values());
    }
  }

  private <T> void replace(String collection, String id, long readVersion, T next, String what) {
    Query current = Query.query(where("_id").is(id).and("version").is(readVersion));
    if (mongo.replace(current, next, collection).getMatchedCount() == 0) {
      throw new ConcurrentChangeException(what);
    }
  }
}
