package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the embedded backends keep the non-unique indexes the app declares: one {@link
 * LeadingFieldIndex} per collection and leading field (several declared indexes often share one,
 * and one hash serves them all), an {@link EmptyIndex} under each other declared name. The server
 * keeps every declared description as it was given, so {@code listIndexes} shows them all.
 */
final class SecondaryIndexes {

  private SecondaryIndexes() {}

  /** Makes a backend's {@link LeadingFieldIndex} for a declared name and keys. */
  interface Hashes<P> {
    LeadingFieldIndex<P> hash(String name, List<IndexKey> keys);
  }

  /** The index to keep under a declared non-unique index's name. */
  static <P> Index<P> open(
      MongoCollection<P> collection, String name, List<IndexKey> keys, Hashes<P> hashes) {
    if (LeadingFieldIndex.canLead(keys) && !hasHashOn(collection, keys.get(0).getKey())) {
      return hashes.hash(name, keys);
    }
    return new EmptyIndex<>(name, keys);
  }

  /**
   * Drops the named index ({@code drop} is the server's own); when it was its field's hash, another
   * declared index on that field takes over, built from the stored documents.
   */
  static <P> void drop(
      MongoCollection<P> collection, String name, Runnable drop, Hashes<P> hashes) {
    Index<P> dropped =
        collection.getIndexes().stream()
            .filter(index -> index.getName().equals(name))
            .findFirst()
            .orElse(null);
    drop.run();
    if (!(dropped instanceof LeadingFieldIndex<P> hash)) {
      return;
    }
    List<Index<P>> indexes = new ArrayList<>(collection.getIndexes());
    for (Index<P> index : indexes) {
      if (index.getClass() == EmptyIndex.class
          && LeadingFieldIndex.canLead(index.getKeys())
          && index.getKeys().get(0).getKey().equals(hash.field())) {
        collection.dropIndex(index.getName());
        collection.addIndex(hashes.hash(index.getName(), index.getKeys()));
        return;
      }
    }
  }

  /**
   * The positions to match the query against: those of an index the server itself would use (the
   * {@code _id} or a unique index), else those of the leading-field index that gives the fewest,
   * less those another such index on an other queried field does not list, or {@code null} for a
   * scan. In natural order, reversed for {@code $natural: -1}.
   */
  static <P> Iterable<P> positions(
      List<Index<P>> indexes, Document query, boolean naturalDescending) {
    List<LeadingFieldIndex<P>> usable = new ArrayList<>();
    for (Index<P> index : indexes) {
      if (index instanceof LeadingFieldIndex<P> hash) {
        if (hash.canHandle(query)) {
          usable.add(hash);
        }
      } else if (index.canHandle(query)) {
        return index.getPositions(query);
      }
    }
    if (usable.isEmpty()) {
      return null;
    }
    // Counted once each: the hashes may change meanwhile, and the order only picks the narrowest.
    Map<LeadingFieldIndex<P>, Long> sizes = new HashMap<>();
    usable.forEach(hash -> sizes.put(hash, hash.candidates(query)));
    usable.sort(Comparator.comparing(sizes::get));
    List<P> positions = usable.get(0).positions(query);
    // A tenant's shared week is the tenant's documents that the week's hash also lists: each
    // candidate looked up there, instead of each read from the store and matched.
    for (int i = 1; i < usable.size() && positions.size() > 1; i++) {
      positions = usable.get(i).listed(positions, query);
    }
    if (naturalDescending) {
      Collections.reverse(positions);
    }
    return positions;
  }

  private static <P> boolean hasHashOn(MongoCollection<P> collection, String field) {
    return collection.getIndexes().stream()
        .anyMatch(
            index -> index instanceof LeadingFieldIndex<P> hash && hash.field().equals(field));
  }
}
