package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.bulk.BulkWriteError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Short locks on documents (key: collection and id), taken by inserting a lock document whose
 * {@code key} a unique index guards; held only around one conditional write. A conditional update
 * is not enough on every MongoDB-wire server: FerretDB 1.24 evaluates the filter in one statement
 * and writes the document by {@code _id} in another, so two instances racing for the same document
 * can both "win". An insert into a unique index is atomic everywhere.
 *
 * <p>A lock expires at {@code until}; one left behind by an instance that died is removed by the
 * next instance that finds it expired (by its own random {@code _id}, so never a newer lock).
 */
final class DocumentLocks {

  static final String COLLECTION = "document_locks";
  private static final int DUPLICATE_KEY = 11000;

  record Lock(String id, String key, Instant until) {}

  private final MongoTemplate mongo;

  DocumentLocks(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  static String key(String collection, String id) {
    return collection + "/" + id;
  }

  /** Locks each key that nobody else holds; returns lock ids by key. */
  Map<String, String> tryLock(Collection<String> keys, Instant now, Duration ttl) {
    Map<String, String> held = new HashMap<>();
    List<String> taken = insert(keys, now.plus(ttl), held);
    insert(removeExpired(taken, now), now.plus(ttl), held);
    return held;
  }

  /** One round trip; returns the keys someone else holds. */
  private List<String> insert(Collection<String> keys, Instant until, Map<String, String> held) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<Lock> locks = new ArrayList<>();
    for (String key : keys) {
      locks.add(new Lock(UUID.randomUUID().toString(), key, until));
    }
    Set<Integer> refused = new HashSet<>();
    try {
      mongo.bulkOps(BulkMode.UNORDERED, Lock.class, COLLECTION).insert(locks).execute();
    } catch (BulkOperationException e) {
      refused.addAll(duplicates(e));
    }
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < locks.size(); i++) {
      if (refused.contains(i)) {
        taken.add(locks.get(i).key());
      } else {
        held.put(locks.get(i).key(), locks.get(i).id());
      }
    }
    return taken;
  }

  void unlock(Collection<String> lockIds) {
    if (!lockIds.isEmpty()) {
      mongo.remove(Query.query(where("_id").in(lockIds)), COLLECTION);
    }
  }

  /** Removes the locks of instances that died holding them; returns their keys. */
  private List<String> removeExpired(List<String> keys, Instant now) {
    if (keys.isEmpty()) {
      return List.of();
    }
    Query expired = Query.query(where("key").in(keys).and("until").lt(now));
    List<Lock> stale = mongo.find(expired, Lock.class, COLLECTION);
    unlock(stale.stream().map(Lock::id).toList());
    return stale.stream().map(Lock::key).toList();
  }

  /** The positions of the inserts refused for a duplicate key; any other failure is rethrown. */
  private static Set<Integer> duplicates(BulkOperationException e) {
    Set<Integer> positions = new HashSet<>();
    for (BulkWriteError error : e.getErrors()) {
      if (error.getCode() != DUPLICATE_KEY) {
        throw e;
      }
      positions.add(error.getIndex());
    }
    return positions;
  }
}
