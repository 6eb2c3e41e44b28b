package no.samspill.adapter.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Records, for every test context of this module, the indexes the code declares and the shape of
 * every query it sends: collection, filter with its values blanked, and sort. Static, because each
 * test class boots a context of its own and {@link IndexCoverageIntegrationTest} reads them all.
 */
final class QueryShapes implements CommandListener {

  /**
   * One query: {@code filter} keeps fields and operators, with every value replaced by "?"; {@code
   * upsert} when it inserts a document if none matches.
   */
  record Query(
      String collection, String command, BsonDocument filter, BsonDocument sort, boolean upsert) {}

  /** One declared index: its key document (field to 1 or -1) and whether it is unique. */
  record Index(String collection, BsonDocument keys, boolean unique) {}

  private static final Set<Query> QUERIES = ConcurrentHashMap.newKeySet();
  private static final Set<Index> INDEXES = ConcurrentHashMap.newKeySet();
  private static final BsonDocument NONE = new BsonDocument();

  static Set<Query> queries() {
    return Set.copyOf(QUERIES);
  }

  static Set<Index> indexes() {
    return Set.copyOf(INDEXES);
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    // A copy: the event's document reads the driver's buffer, which is reused once it returns.
    BsonDocument command = event.getCommand().clone();
    String name = event.getCommandName();
    switch (name) {
      case "find" ->
          query(command, name, command.getDocument("filter", NONE), sort(command), false);
      case "count", "distinct" ->
          query(command, name, command.getDocument("query", NONE), NONE, false);
      case "findAndModify" ->
          query(command, name, command.getDocument("query", NONE), sort(command), upsert(command));
      case "update" -> statements(command, name, "updates");
      case "delete" -> statements(command, name, "deletes");
      case "aggregate" -> aggregate(command);
      case "createIndexes" -> {
        for (BsonValue index : command.getArray("indexes")) {
          BsonDocument spec = index.asDocument();
          INDEXES.add(
              new Index(
                  command.getString(name).getValue(),
                  spec.getDocument("key"),
                  spec.getBoolean("unique", BsonBoolean.FALSE).getValue()));
        }
      }
      default -> {
        // inserts carry no filter; handshakes, cursors and index listings are not queries
      }
    }
  }

  private static void statements(BsonDocument command, String name, String field) {
    for (BsonValue statement : command.getArray(field, new BsonArray())) {
      BsonDocument s = statement.asDocument();
      query(command, name, s.getDocument("q", NONE), NONE, upsert(s));
    }
  }

  /** A pipeline's leading $match is its filter (countDocuments sends one), a $sort its sort. */
  private static void aggregate(BsonDocument command) {
    BsonDocument filter = NONE;
    BsonDocument sort = NONE;
    for (BsonValue stage : command.getArray("pipeline")) {
      BsonDocument s = stage.asDocument();
      if (s.containsKey("$match") && filter.isEmpty()) {
        filter = s.getDocument("$match");
      } else if (s.containsKey("$sort")) {
        sort = s.getDocument("$sort");
      }
    }
    query(command, "aggregate", filter, sort, false);
  }

  private static BsonDocument sort(BsonDocument command) {
    return command.getDocument("sort", NONE);
  }

  private static boolean upsert(BsonDocument statement) {
    return statement.getBoolean("upsert", BsonBoolean.FALSE).getValue();
  }

  private static void query(
      BsonDocument command, String name, BsonDocument filter, BsonDocument sort, boolean upsert) {
    QUERIES.add(
        new Query(
            command.getString(name).getValue(),
            name,
            blanked(filter).asDocument(),
            sort.clone(),
            upsert));
  }

  /** The filter's structure without its values: a shape is the same whatever is looked for. */
  private static BsonValue blanked(BsonValue value) {
    if (value.isDocument()) {
      BsonDocument blank = new BsonDocument();
      value.asDocument().forEach((key, v) -> blank.put(key, blankedOperand(key, v)));
      return blank;
    }
    return new BsonString("?");
  }

  private static BsonValue blankedOperand(String key, BsonValue value) {
    if (("$and".equals(key) || "$or".equals(key) || "$nor".equals(key)) && value.isArray()) {
      List<BsonValue> branches = new ArrayList<>();
      value.asArray().forEach(branch -> branches.add(blanked(branch)));
      return new BsonArray(branches);
    }
    boolean operators =
        value.isDocument()
            && !value.asDocument().isEmpty()
            && value.asDocument().keySet().stream().allMatch(k -> k.startsWith("$"));
    return operators ? blanked(value) : new BsonString("?");
  }
}
