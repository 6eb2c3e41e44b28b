package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * For a leading-field hash, the documents under each value ordered by the declared index's second
 * key where that holds a date: a range on it ({@code {status: PLANNED, dueAt: {$lte: now}}}) then
 * reads only the documents in range, not every one planned for the months ahead. A value with any
 * document whose second key is not one date (absent, another type, an array) is not narrowed: the
 * collection matches all its documents, as before.
 */
final class SecondKeyTimes<P> {

  private final String key;
  private final Comparator<? super P> naturalOrder;
  private final Map<Object, NavigableMap<Instant, Set<P>>> byValue = new HashMap<>();
  private final Map<Object, Integer> counts = new HashMap<>();

  private SecondKeyTimes(String key, Comparator<? super P> naturalOrder) {
    this.key = key;
    this.naturalOrder = naturalOrder;
  }

  /** For the declared keys' second, if it is a plain top-level field; else null. */
  static <P> SecondKeyTimes<P> of(List<IndexKey> declared, Comparator<? super P> naturalOrder) {
    if (declared.size() < 2) {
      return null;
    }
    String second = declared.get(1).getKey();
    return second.equals("_id") || second.contains(".")
        ? null
        : new SecondKeyTimes<>(second, naturalOrder);
  }

  /** The document's date under the second key, or null if it holds anything else. */
  Instant timeOf(Document document) {
    return document.get(key) instanceof Instant at ? at : null;
  }

  void add(Collection<Object> values, Instant at, P position) {
    if (at == null) {
      return;
    }
    for (Object value : values) {
      if (byValue
          .computeIfAbsent(value, v -> new TreeMap<>())
          .computeIfAbsent(at, t -> new HashSet<>())
          .add(position)) {
        counts.merge(value, 1, Integer::sum);
      }
    }
  }

  void remove(Collection<Object> values, Instant at, P position) {
    if (at == null) {
      return;
    }
    for (Object value : values) {
      NavigableMap<Instant, Set<P>> times = byValue.get(value);
      Set<P> atTime = times == null ? null : times.get(at);
      if (atTime != null && atTime.remove(position)) {
        if (atTime.isEmpty()) {
          times.remove(at);
        }
        if (counts.merge(value, -1, Integer::sum) == 0) {
          counts.remove(value);
          byValue.remove(value);
        }
      }
    }
  }

  void clear() {
    byValue.clear();
    counts.clear();
  }

  /**
   * The positions under the values whose date lies in the query's range on the second key, in
   * natural order; null when the query has no such range or a value's documents are not all dated.
   */
  List<P> within(Collection<Object> values, Document query, ToIntFunction<Object> allUnder) {
    List<Set<P>> sets = inRange(values, query, allUnder);
    if (sets == null) {
      return null;
    }
    NavigableSet<P> found = new TreeSet<>(naturalOrder);
    sets.forEach(found::addAll);
    return new ArrayList<>(found);
  }

  /**
   * How many {@link #within} would give at most, without collecting them; -1 where it gives null.
   */
  long countWithin(Collection<Object> values, Document query, ToIntFunction<Object> allUnder) {
    List<Set<P>> sets = inRange(values, query, allUnder);
    return sets == null ? -1 : sets.stream().mapToLong(Set::size).sum();
  }

  /** The sets of positions dated within the query's range, or null where it cannot narrow. */
  private List<Set<P>> inRange(
      Collection<Object> values, Document query, ToIntFunction<Object> allUnder) {
    if (!(query.get(key) instanceof Document range) || range.isEmpty()) {
      return null;
    }
    Instant from = null;
    Instant to = null;
    boolean fromIncluded = false;
    boolean toIncluded = false;
    for (Map.Entry<String, Object> bound : range.entrySet()) {
      if (!(bound.getValue() instanceof Instant at)) {
        return null;
      }
      switch (bound.getKey()) {
        case "$gt", "$gte" -> {
          from = at;
          fromIncluded = bound.getKey().equals("$gte");
        }
        case "$lt", "$lte" -> {
          to = at;
          toIncluded = bound.getKey().equals("$lte");
        }
        default -> {
          return null;
        }
      }
    }
    for (Object value : values) {
      if (counts.getOrDefault(value, 0) != allUnder.applyAsInt(value)) {
        return null;
      }
    }
    if (from != null
        && to != null
        && (from.isAfter(to) || (from.equals(to) && !(fromIncluded && toIncluded)))) {
      return List.of();
    }
    List<Set<P>> sets = new ArrayList<>();
    for (Object value : values) {
      NavigableMap<Instant, Set<P>> times = byValue.get(value);
      if (times == null) {
        continue;
      }
      if (from != null) {
        times = times.tailMap(from, fromIncluded);
      }
      if (to != null) {
        times = times.headMap(to, toIncluded);
      }
      sets.addAll(times.values());
    }
    return sets;
  }
}
