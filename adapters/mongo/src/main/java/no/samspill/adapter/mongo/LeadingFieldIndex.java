package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A non-unique index for the embedded server, which otherwise ignores every one: a hash of the
 * declared index's leading field alone, for equality ({@code {f: v}}, {@code {f: {$eq: v}}}, {@code
 * {f: {$in: [...]}}}). It only narrows the candidates: the collection matches the whole query
 * against them and sorts, so the answer is the scan's. Each value's documents are kept in the
 * backend's natural order, so an unsorted query answers in the order a scan would.
 *
 * <p>Values are compared as the server's matcher compares them (normalised: 1, 1L and 1.0 are one
 * value) and only scalars are kept and looked up; a query on anything else is left to a scan.
 */
final class LeadingFieldIndex<P> extends Index<P> {

  private static final String ID = "_id";
  private static final String EQ = "$eq";
  private static final String IN = "$in";

  private final List<IndexKey> declared;
  private final String field;
  private final Comparator<? super P> naturalOrder;
  private final Map<Object, NavigableSet<P>> positionsByValue = new HashMap<>();
  // Where each document is, by id; null where its position is its id (idAsPosition).
  private final Map<Object, P> positionsById;
  private final Function<Document, P> idAsPosition;
  private final UnaryOperator<P> shared;
  private final SecondKeyTimes<P> times;
  private long documents;
  private long entries;

  private LeadingFieldIndex(
      String name,
      List<IndexKey> declared,
      Comparator<? super P> naturalOrder,
      Function<Document, P> idAsPosition,
      UnaryOperator<P> shared) {
    // Sparse like the server's own EmptyIndex: redeclaring an index then keeps "the same options".
    super(name, List.of(declared.get(0)), true);
    this.declared = List.copyOf(declared);
    this.field = declared.get(0).getKey();
    this.naturalOrder = naturalOrder;
    this.idAsPosition = idAsPosition;
    this.shared = shared;
    this.positionsById = idAsPosition == null ? new HashMap<>() : null;
    this.times = SecondKeyTimes.of(declared, naturalOrder);
  }

  /** For a backend whose position is the document's place in a list, kept here by id. */
  static LeadingFieldIndex<Integer> placedInList(String name, List<IndexKey> declared) {
    return new LeadingFieldIndex<Integer>(
        name, declared, Comparator.naturalOrder(), null, position -> position);
  }

  /**
   * For a backend whose position is the document's id, in the order the backend keeps ids. Each
   * index reads its own copy of the ids from the file, so a string id is kept as one instance.
   */
  static LeadingFieldIndex<Object> keyedById(
      String name, List<IndexKey> declared, Comparator<Object> idOrder) {
    return new LeadingFieldIndex<>(
        name,
        declared,
        idOrder,
        document -> document.get(ID),
        id -> id instanceof String text ? text.intern() : id);
  }

  /** Whether such an index can be kept: a top-level field other than {@code _id}. */
  static boolean canLead(List<IndexKey> keys) {
    String leading = keys.get(0).getKey();
    return !leading.equals(ID) && !leading.contains(".");
  }

  String field() {
    return field;
  }

  /** The keys as declared, for the index's description; only the first is kept. */
  @Override
  public List<IndexKey> getKeys() {
    return declared;
  }

  @Override
  public synchronized P getPosition(Document document) {
    return positionsById == null ? idAsPosition.apply(document) : positionsById.get(idOf(document));
  }

  @Override
  public void checkAdd(Document document, MongoCollection<P> collection) {
    // Not unique: nothing to refuse.
  }

  @Override
  public synchronized void add(Document document, P position, MongoCollection<P> collection) {
    if (positionsById != null) {
      positionsById.put(idOf(document), position);
    }
    documents++;
    P kept = shared.apply(position);
    Set<Object> values = valuesOf(document);
    for (Object value : values) {
      list(value, kept);
    }
    if (times != null) {
      times.add(values, times.timeOf(document), kept);
    }
  }

  @Override
  public synchronized P remove(Document document) {
    // The collection removes only what it holds, so an id is a position to forget.
    P position =
        positionsById == null ? idAsPosition.apply(document) : positionsById.remove(idOf(document));
    if (position != null) {
      documents--;
      Set<Object> values = valuesOf(document);
      for (Object value : values) {
        unlist(value, position);
      }
      if (times != null) {
        times.remove(values, times.timeOf(document), position);
      }
    }
    return position;
  }

  @Override
  public void checkUpdate(
      Document oldDocument, Document newDocument, MongoCollection<P> collection) {
    // Not unique: nothing to refuse.
  }

  @Override
  public synchronized void updateInPlace(
      Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
    if (positionsById != null && !Objects.equals(idOf(oldDocument), idOf(newDocument))) {
      positionsById.remove(idOf(oldDocument));
      positionsById.put(idOf(newDocument), position);
    }
    Set<Object> before = valuesOf(oldDocument);
    Set<Object> after = valuesOf(newDocument);
    for (Object value : before) {
      if (!after.contains(value)) {
        unlist(value, position);
      }
    }
    P kept = shared.apply(position);
    for (Object value : after) {
      if (!before.contains(value)) {
        list(value, kept);
      }
    }
    if (times != null) {
      times.remove(before, times.timeOf(oldDocument), position);
      times.add(after, times.timeOf(newDocument), kept);
    }
  }

  @Override
  public boolean canHandle(Document query) {
    return queriedValues(query) != null;
  }

  /** How many documents {@link #getPositions} would give at most: to pick the narrowest index. */
  synchronized long candidates(Document query) {
    long narrowed =
        times == null ? -1 : times.countWithin(queriedValues(query), query, this::count);
    if (narrowed >= 0) {
      return narrowed;
    }
    long count = 0;
    for (Object value : queriedValues(query)) {
      Set<P> positions = positionsByValue.get(value);
      count += positions == null ? 0 : positions.size();
    }
    return count;
  }

  @Override
  public Iterable<P> getPositions(Document query) {
    return positions(query);
  }

  /** A copy, in natural order: the collection reads it while others may write. */
  synchronized List<P> positions(Document query) {
    List<P> narrowed = withinRange(query);
    if (narrowed != null) {
      return narrowed;
    }
    Set<Object> values = queriedValues(query);
    if (values.size() == 1) {
      NavigableSet<P> positions = positionsByValue.get(values.iterator().next());
      return positions == null ? List.of() : new ArrayList<>(positions);
    }
    // A multikey document can hold several of the values: once each, in natural order.
    NavigableSet<P> union = new TreeSet<>(naturalOrder);
    for (Object value : values) {
      NavigableSet<P> positions = positionsByValue.get(value);
      if (positions != null) {
        union.addAll(positions);
      }
    }
    return new ArrayList<>(union);
  }

  /** Those in the query's range on the second key, where every one under its values is dated. */
  private List<P> withinRange(Document query) {
    return times == null ? null : times.within(queriedValues(query), query, this::count);
  }

  /** How many documents are listed under the value. */
  private int count(Object value) {
    NavigableSet<P> all = positionsByValue.get(value);
    return all == null ? 0 : all.size();
  }

  /** Of these positions, in their order, those listed under one of the query's values here. */
  synchronized List<P> listed(List<P> positions, Document query) {
    List<NavigableSet<P>> lists = new ArrayList<>();
    for (Object value : queriedValues(query)) {
      NavigableSet<P> listedUnder = positionsByValue.get(value);
      if (listedUnder != null) {
        lists.add(listedUnder);
      }
    }
    List<P> kept = new ArrayList<>();
    for (P position : positions) {
      if (lists.stream().anyMatch(listedUnder -> listedUnder.contains(position))) {
        kept.add(position);
      }
    }
    return kept;
  }

  @Override
  public synchronized long getCount() {
    return documents;
  }

  /** How many (value, document) pairs it holds: an array's document is under each of its values. */
  @Override
  public synchronized long getDataSize() {
    return entries;
  }

  @Override
  public synchronized void drop() {
    positionsByValue.clear();
    if (times != null) {
      times.clear();
    }
    if (positionsById != null) {
      positionsById.clear();
    }
    documents = 0;
    entries = 0;
  }

  /**
   * The normalised values the query asks the leading field to equal, or {@code null} when it asks
   * for anything else there (a range, a regex, {@code null}, a document, an array).
   */
  private Set<Object> queriedValues(Document query) {
    if (!query.containsKey(field)) {
      return null;
    }
    Object queried = query.get(field);
    Collection<?> wanted;
    if (!(queried instanceof Document operators)) {
      wanted = Collections.singletonList(queried);
    } else if (operators.size() == 1 && operators.containsKey(EQ)) {
      wanted = Collections.singletonList(operators.get(EQ));
    } else if (operators.size() == 1 && operators.get(IN) instanceof Collection<?> values) {
      wanted = values;
    } else {
      return null;
    }
    Set<Object> values = new LinkedHashSet<>();
    for (Object value : wanted) {
      if (!isScalar(value)) {
        return null;
      }
      values.add(normalised(value));
    }
    return values;
  }

  /** The document's normalised scalar values of the field: one, or an array's, or none. */
  private Set<Object> valuesOf(Document document) {
    Set<Object> values = new LinkedHashSet<>();
    for (KeyValue key : getKeyValues(document)) {
      Object value = key.get(0);
      if (isNormalisedScalar(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private static Object idOf(Document document) {
    Object id = document.get(ID);
    return id == null ? null : normalised(id);
  }

  private static Object normalised(Object value) {
    return new KeyValue(value).normalized().get(0);
  }

  private static boolean isScalar(Object value) {
    return value instanceof String
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Instant
        || value instanceof ObjectId
        || value instanceof UUID;
  }

  /** A normalised number is a Double, or a Long too large for one. */
  private static boolean isNormalisedScalar(Object value) {
    return value instanceof String
        || value instanceof Double
        || value instanceof Long
        || value instanceof Boolean
        || value instanceof Instant
        || value instanceof ObjectId
        || value instanceof UUID;
  }

  private void list(Object value, P position) {
    if (positionsByValue.computeIfAbsent(value, v -> new TreeSet<>(naturalOrder)).add(position)) {
      entries++;
    }
  }

  private void unlist(Object value, P position) {
    NavigableSet<P> positions = positionsByValue.get(value);
    if (positions != null && positions.remove(position)) {
      entries--;
      if (positions.isEmpty()) {
        positionsByValue.remove(value);
      }
    }
  }
}
