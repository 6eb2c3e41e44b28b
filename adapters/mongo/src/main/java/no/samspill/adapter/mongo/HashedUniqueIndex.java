package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.MVMap;

/**
 * A unique index of the embedded file backend: kept in its map in the data file as the plain
 * backend keeps it, with a hash of the same keys in memory in front of it. The map orders its keys
 * by their Java-serialised bytes, so each look-up there serialises both keys at every step of a
 * binary search; that was half of the embedded server's time per nudge. Keys of plain values
 * (strings, numbers, dates, ids) are answered from the hash, where equality and the map's agree;
 * any other key goes to the map.
 */
final class HashedUniqueIndex extends AbstractUniqueIndex<Object> {

  private final MVMap<KeyValue, Object> stored;
  private final Map<KeyValue, Object> hashed = new ConcurrentHashMap<>();

  HashedUniqueIndex(
      MVMap<KeyValue, Object> stored, String name, List<IndexKey> keys, boolean sparse) {
    super(name, keys, sparse);
    this.stored = stored;
    // Built when the file is opened, like the secondary indexes.
    for (Map.Entry<KeyValue, Object> entry : stored.entrySet()) {
      if (hashable(entry.getKey())) {
        hashed.put(entry.getKey(), entry.getValue());
      }
    }
  }

  @Override
  protected Object getPosition(KeyValue key) {
    return hashable(key) ? hashed.get(key) : stored.get(key);
  }

  @Override
  protected boolean putKeyPosition(KeyValue key, Object position) {
    Object value = Missing.ofNullable(position);
    if (!hashable(key)) {
      return stored.putIfAbsent(key, value) == null;
    }
    if (hashed.putIfAbsent(key, value) != null) {
      return false;
    }
    stored.put(key, value);
    return true;
  }

  @Override
  protected Object removeDocument(KeyValue key) {
    if (!hashable(key)) {
      return stored.remove(key);
    }
    Object removed = hashed.remove(key);
    if (removed != null) {
      stored.remove(key);
    }
    return removed;
  }

  @Override
  protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
    return stored.entrySet();
  }

  @Override
  public long getCount() {
    return stored.sizeAsLong();
  }

  @Override
  public boolean isEmpty() {
    return stored.isEmpty();
  }

  @Override
  public long getDataSize() {
    return getCount();
  }

  /** Classes whose equal values have equal serialised bytes, and unequal ones unequal. */
  private static final Set<Class<?>> PLAIN =
      Set.of(
          String.class,
          Double.class,
          Long.class,
          Integer.class,
          Boolean.class,
          Date.class,
          ObjectId.class,
          UUID.class);

  /** Whether two such keys are equal exactly when the map finds them equal. */
  static boolean hashable(KeyValue key) {
    for (Object value : key) {
      if (value != null && !PLAIN.contains(value.getClass())) {
        return false;
      }
    }
    return true;
  }
}
