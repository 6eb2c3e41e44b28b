package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import no.samspill.adapter.mongo.EmbeddedServer.Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A random mix of writes and queries gives the same answers, in the same order, on our backend as
 * on the server's plain one (memory, or H2 on a file of its own), which scans without indexes.
 */
class EmbeddedSecondaryIndexAgreesWithTheScanIntegrationTest {

  private static final int STEPS = 400;
  private static final List<String> FIELDS = List.of("status", "n", "tags", "kind");
  private static final List<Object> VALUES =
      List.of(
          "A",
          "B",
          "C",
          1,
          1L,
          1.0,
          2,
          Decimal128.parse("2"),
          9_007_199_254_740_993L,
          true,
          new Date(1_000),
          List.of("A", "B"),
          List.of(1, "C"),
          List.of(),
          new Document("x", "A"));

  /** What the second key of the "kind" index holds now and then instead of a date. */
  private static final List<Object> NOT_DATES =
      List.of(3, "3", List.of(new Date(2_000), new Date(5_000)));

  @TempDir Path dir;

  static Stream<Arguments> backendsAndSeeds() {
    return EmbeddedServer.backends()
        .flatMap(backend -> Stream.of(1L, 2L, 3L).map(seed -> Arguments.of(backend, seed)));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("backendsAndSeeds")
  void answersEveryQueryAsThePlainBackendDoes(Backend backend, long seed) {
    try (EmbeddedServer ours = EmbeddedServer.ours(backend, dir.resolve("ours-" + seed + ".mv"));
        EmbeddedServer plain =
            EmbeddedServer.plain(backend, dir.resolve("plain-" + seed + ".mv"))) {
      MongoCollection<Document> indexed = ours.collection("things");
      MongoCollection<Document> scanned = plain.collection("things");
      for (MongoCollection<Document> things : List.of(indexed, scanned)) {
        things.createIndex(Indexes.ascending("status", "n"));
        things.createIndex(Indexes.descending("status", "at"));
        things.createIndex(Indexes.ascending("n"));
        things.createIndex(Indexes.ascending("tags", "status"));
        things.createIndex(Indexes.ascending("kind", "due"));
      }
      Random random = new Random(seed);
      for (int step = 0; step < STEPS; step++) {
        Function<MongoCollection<Document>, Object> write = aWrite(random, step);
        assertThat(outcome(write, indexed)).as("step %d", step).isEqualTo(outcome(write, scanned));
        if (step % 10 == 9) {
          for (int q = 0; q < 20; q++) {
            Function<MongoCollection<Document>, Object> read = aRead(random);
            assertThat(outcome(read, indexed))
                .as("step %d, query %d", step, q)
                .isEqualTo(outcome(read, scanned));
          }
        }
      }
    }
  }

  private static Function<MongoCollection<Document>, Object> aWrite(Random random, int step) {
    Bson filter = aFilter(random);
    String field = pick(random, FIELDS);
    Object value = pick(random, VALUES);
    Document fresh = aThing(random, "t" + step);
    // An id that may exist already: both refuse it, or both take it.
    Document maybeTaken = aThing(random, "t" + random.nextInt(step + 1));
    // Upserts name their documents: the server would give each a random ObjectId.
    Document replacement = aThing(random, "r" + step);
    Bson upsertedId = Updates.setOnInsert("_id", "u" + step);
    Object due = aDue(random);
    return switch (random.nextInt(11)) {
      case 0, 1, 2 -> things -> things.insertOne(new Document(fresh)).wasAcknowledged();
      case 3 -> things -> things.insertOne(new Document(maybeTaken)).wasAcknowledged();
      case 4 -> things -> things.updateOne(filter, Updates.set(field, value)).getModifiedCount();
      case 5 -> things -> things.updateMany(filter, Updates.unset(field)).getModifiedCount();
      case 6 ->
          things ->
              things.findOneAndUpdate(
                  filter,
                  Updates.combine(Updates.set(field, value), Updates.push("tags", "C"), upsertedId),
                  new FindOneAndUpdateOptions().sort(Sorts.ascending("at")).upsert(true));
      case 7 ->
          things ->
              things
                  .updateOne(
                      Filters.eq(field, value),
                      Updates.combine(Updates.set("kind", "upserted"), upsertedId),
                      new UpdateOptions().upsert(true))
                  .getMatchedCount();
      case 8 ->
          things ->
              things
                  .replaceOne(filter, new Document(replacement), new ReplaceOptions().upsert(true))
                  .getMatchedCount();
      case 9 -> things -> things.updateMany(filter, Updates.set("due", due)).getModifiedCount();
      default -> things -> things.deleteMany(filter).getDeletedCount();
    };
  }

  private static Function<MongoCollection<Document>, Object> aRead(Random random) {
    Bson filter = aFilter(random);
    int sort = random.nextInt(4);
    int skip = random.nextInt(4) == 0 ? 1 : 0;
    int limit = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
    return things -> {
      FindIterable<Document> found = things.find(filter).skip(skip).limit(limit);
      if (sort == 1) {
        found = found.sort(Sorts.ascending("n"));
      } else if (sort == 2) {
        found = found.sort(Sorts.orderBy(Sorts.descending("at"), Sorts.ascending("_id")));
      } else if (sort == 3) {
        found = found.sort(new Document("$natural", -1));
      }
      return found.into(new ArrayList<>());
    };
  }

  /**
   * Equality on a field (plain, {@code $eq}, {@code $in}), often with another condition: a range, a
   * field's presence, or equality on a second field in the same flat document, as Spring Data
   * writes it (two hashes, whose lists are intersected).
   */
  private static Bson aFilter(Random random) {
    String field = pick(random, FIELDS);
    Bson equality = new Document(field, aWanted(random));
    return switch (random.nextInt(7)) {
      case 0 -> Filters.and(equality, Filters.gte("at", random.nextInt(20)));
      // As a due-nudge claim asks: equality on the leading key, a range of dates on the second.
      case 5, 6 -> new Document("kind", aWanted(random)).append("due", aRange(random));
      case 1 -> Filters.and(equality, Filters.exists(pick(random, FIELDS)));
      case 2 -> {
        String other = pick(random, FIELDS.stream().filter(f -> !f.equals(field)).toList());
        yield new Document(field, aWanted(random)).append(other, aWanted(random));
      }
      default -> equality;
    };
  }

  /**
   * Mostly a date: a range on "due" is narrowed only for values whose documents all hold one, so
   * most values must, for the narrowing to be tried at all.
   */
  private static Object aDue(Random random) {
    return random.nextInt(15) == 0
        ? pick(random, NOT_DATES)
        : new Date(1_000L * (1 + random.nextInt(6)));
  }

  /**
   * A range on "due": one bound or two, of dates (a number now and then, which is not narrowed).
   */
  private static Document aRange(Random random) {
    Document range = new Document();
    List<String> bounds = List.of("$lt", "$lte", "$gt", "$gte");
    for (int i = 0; i <= random.nextInt(2); i++) {
      Object at = random.nextInt(8) == 0 ? 3 : new Date(1_000L * random.nextInt(7));
      range.append(pick(random, bounds), at);
    }
    return range;
  }

  /** What a field is asked to equal: a value, {@code $eq}, {@code $in}, null. */
  private static Object aWanted(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> pick(random, VALUES);
      case 1 -> new Document("$eq", pick(random, VALUES));
      case 2 -> new Document("$in", List.of(pick(random, VALUES), pick(random, VALUES)));
      case 3 -> null;
      default -> pick(random, List.of("A", "B", 1));
    };
  }

  /** A document with some of the fields, each with any of the values. */
  private static Document aThing(Random random, String id) {
    Document thing = id == null ? new Document() : new Document("_id", id);
    for (String field : FIELDS) {
      if (random.nextInt(4) > 0) {
        thing.append(field, pick(random, VALUES));
      }
    }
    if (random.nextInt(15) > 0) {
      thing.append("due", aDue(random));
    }
    return thing.append("at", random.nextInt(20));
  }

  /** What a call answered, or the error code both servers must give alike. */
  private static Object outcome(
      Function<MongoCollection<Document>, Object> call, MongoCollection<Document> things) {
    try {
      return call.apply(things);
    } catch (MongoException e) {
      return "error " + e.getCode();
    }
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
