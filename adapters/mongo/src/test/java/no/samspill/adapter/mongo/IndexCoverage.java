package no.samspill.adapter.mongo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * Whether a declared index serves a query: its leading fields are equality fields of the filter
 * (one at least, when the filter has any), followed directly by the query's sort fields, in order
 * and all in the same or all in the opposite direction. A query without equality fields needs an
 * index led by its sort, or else by one of its range fields. A filter on {@code _id} is served by
 * the index every collection has; a filter with {@code $or} needs this for every branch; a query
 * with neither filter nor sort reads the whole collection by design.
 */
final class IndexCoverage {

  private static final BsonDocument ID = new BsonDocument("_id", new BsonInt32(1));

  private IndexCoverage() {}

  /** Why no index serves the query, or empty when one does. */
  static Optional<String> gap(QueryShapes.Query query, Set<QueryShapes.Index> indexes) {
    List<BsonDocument> keys = new ArrayList<>(List.of(ID));
    indexes.stream()
        .filter(index -> index.collection().equals(query.collection()))
        .forEach(index -> keys.add(index.keys()));
    for (Map<String, BsonValue> branch : branches(query.filter())) {
      if (branch.isEmpty() && query.sort().isEmpty()) {
        continue;
      }
      if (keys.stream().noneMatch(index -> serves(index, branch, query.sort()))) {
        return Optional.of(
            query.collection()
                + " "
                + query.command()
                + " filter "
                + query.filter().toJson()
                + " sort "
                + query.sort().toJson()
                + " (fields "
                + branch.keySet()
                + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * Why an upsert could insert a second document for the same filter, or empty when it cannot: its
   * equality fields must be {@code _id} or exactly the fields of a unique index.
   */
  static Optional<String> uniquenessGap(QueryShapes.Query query, Set<QueryShapes.Index> indexes) {
    if (!query.upsert()) {
      return Optional.empty();
    }
    Set<String> equalities = new java.util.HashSet<>();
    query
        .filter()
        .forEach(
            (field, operand) -> {
              if (isEquality(operand)) {
                equalities.add(field);
              }
            });
    boolean unique =
        equalities.contains("_id")
            || indexes.stream()
                .anyMatch(
                    index ->
                        index.unique()
                            && index.collection().equals(query.collection())
                            && index.keys().keySet().equals(equalities));
    return unique
        ? Optional.empty()
        : Optional.of(query.collection() + " upsert filter " + query.filter().toJson());
  }

  private static boolean serves(
      BsonDocument index, Map<String, BsonValue> filter, BsonDocument sort) {
    if (isEquality(filter.get("_id"))) {
      return true;
    }
    List<String> fields = new ArrayList<>(index.keySet());
    int equalities = 0;
    while (equalities < fields.size() && isEquality(filter.get(fields.get(equalities)))) {
      equalities++;
    }
    if (equalities == 0 && filter.values().stream().anyMatch(IndexCoverage::isEquality)) {
      return false;
    }
    if (!sort.isEmpty()) {
      return sortFollows(index, fields, equalities, sort);
    }
    return equalities > 0 || filter.containsKey(fields.get(0));
  }

  private static boolean sortFollows(
      BsonDocument index, List<String> fields, int from, BsonDocument sort) {
    List<String> sorted = new ArrayList<>(sort.keySet());
    if (fields.size() < from + sorted.size()) {
      return false;
    }
    Boolean same = null;
    for (int i = 0; i < sorted.size(); i++) {
      String field = fields.get(from + i);
      if (!field.equals(sorted.get(i))) {
        return false;
      }
      boolean agrees =
          Integer.signum(index.getNumber(field).intValue())
              == Integer.signum(sort.getNumber(field).intValue());
      if (same != null && same != agrees) {
        return false;
      }
      same = agrees;
    }
    return true;
  }

  /** A literal value, {@code $eq} or {@code $in}: the index is walked at points, not a range. */
  private static boolean isEquality(BsonValue operand) {
    if (operand == null) {
      return false;
    }
    if (!operand.isDocument()) {
      return true;
    }
    Set<String> operators = operand.asDocument().keySet();
    return operators.equals(Set.of("$eq")) || operators.equals(Set.of("$in"));
  }

  /** The filter's fields per alternative: $and flattened, one alternative per $or branch. */
  static List<Map<String, BsonValue>> branches(BsonDocument filter) {
    List<Map<String, BsonValue>> branches = new ArrayList<>();
    branches.add(new LinkedHashMap<>());
    for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
      String key = entry.getKey();
      if ("$and".equals(key)) {
        List<Map<String, BsonValue>> next = new ArrayList<>();
        for (Map<String, BsonValue> branch : branches) {
          List<Map<String, BsonValue>> partial = List.of(branch);
          for (BsonValue part : entry.getValue().asArray()) {
            partial = combine(partial, branches(part.asDocument()));
          }
          next.addAll(partial);
        }
        branches = next;
      } else if ("$or".equals(key)) {
        List<Map<String, BsonValue>> alternatives = new ArrayList<>();
        for (BsonValue part : entry.getValue().asArray()) {
          alternatives.addAll(branches(part.asDocument()));
        }
        branches = combine(branches, alternatives);
      } else {
        branches.forEach(branch -> branch.put(key, entry.getValue()));
      }
    }
    return branches;
  }

  private static List<Map<String, BsonValue>> combine(
      List<Map<String, BsonValue>> left, List<Map<String, BsonValue>> right) {
    List<Map<String, BsonValue>> combined = new ArrayList<>();
    for (Map<String, BsonValue> l : left) {
      for (Map<String, BsonValue> r : right) {
        Map<String, BsonValue> both = new LinkedHashMap<>(l);
        both.putAll(r);
        combined.add(both);
      }
    }
    return combined;
  }
}
