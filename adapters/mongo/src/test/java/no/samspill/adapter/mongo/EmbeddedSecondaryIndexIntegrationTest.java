package no.samspill.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import no.samspill.adapter.mongo.EmbeddedServer.Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded backends keep the declared non-unique indexes on their leading field and answer
 * every query through them exactly as a scan would, as documents come, change and go.
 */
class EmbeddedSecondaryIndexIntegrationTest {

  private static final String BY_DUE = "status_1_dueAt_1_leaderId_1";
  private static final String BY_LEASE = "status_1_leaseUntil_1";
  private static final String BY_LEADER = "leaderId_1_status_1_dueAt_1";

  @TempDir Path dir;

  static Stream<Backend> backends() {
    return EmbeddedServer.backends();
  }

  @ParameterizedTest
  @MethodSource("backends")
  void findsByEqualityEqAndInOnTheLeadingFieldWithTheOtherConditionsApplied(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> nudges = nudges(server);

      assertThat(ids(nudges.find(eq("status", "PLANNED")))).containsExactly("n1", "n3", "n6");
      assertThat(ids(nudges.find(new Document("status", new Document("$eq", "PLANNED")))))
          .containsExactly("n1", "n3", "n6");
      assertThat(ids(nudges.find(in("status", "SENT", "CLAIMED")))).containsExactly("n2", "n4");
      assertThat(ids(nudges.find(in("status", "GONE")))).isEmpty();
      assertThat(ids(nudges.find(eq("status", "GONE")))).isEmpty();
      assertThat(ids(nudges.find(and(eq("status", "PLANNED"), lte("dueAt", 3)))))
          .containsExactly("n1", "n3");
      assertThat(ids(nudges.find(and(eq("status", "PLANNED"), eq("leaderId", "l2")))))
          .containsExactly("n3");
      assertThat(nudges.countDocuments(eq("status", "PLANNED"))).isEqualTo(3);
      // Missing the field: never under a value, found by a scan for null.
      assertThat(ids(nudges.find(eq("status", null)))).containsExactly("n5");
      assertThat(ids(nudges.find(exists("status", false)))).containsExactly("n5");
      assertThat(server.keysPerIndex("nudges")).containsEntry(BY_DUE, 6L);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void findsADocumentUnderEachValueOfItsArray(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> follows = server.collection("follows");
      follows.createIndex(Indexes.ascending("bodies", "tenantId"));
      follows.insertMany(
          List.of(
              new Document("_id", "f1").append("bodies", List.of("a", "b")),
              new Document("_id", "f2").append("bodies", List.of("b")),
              new Document("_id", "f3").append("bodies", List.of()),
              new Document("_id", "f4").append("bodies", "a"),
              new Document("_id", "f5"),
              new Document("_id", "f6").append("bodies", List.of(List.of("a")))));

      assertThat(ids(follows.find(eq("bodies", "a")))).containsExactly("f1", "f4");
      assertThat(ids(follows.find(eq("bodies", "b")))).containsExactly("f1", "f2");
      assertThat(ids(follows.find(in("bodies", "a", "b")))).containsExactly("f1", "f2", "f4");

      follows.updateOne(eq("_id", "f2"), Updates.push("bodies", "c"));
      follows.updateOne(eq("_id", "f1"), Updates.pull("bodies", "a"));
      assertThat(ids(follows.find(eq("bodies", "c")))).containsExactly("f2");
      assertThat(ids(follows.find(eq("bodies", "a")))).containsExactly("f4");
      assertThat(ids(follows.find(eq("bodies", "b")))).containsExactly("f1", "f2");
      // f1 under b, f2 under b and c, f4 under a; nothing left of a pulled value.
      assertThat(server.indexSizes("follows")).containsEntry("bodies_1_tenantId_1", 4L);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void findsANumberWhateverItsTypeAsTheMatcherDoes(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> counts = server.collection("counts");
      counts.createIndex(Indexes.ascending("n"));
      counts.insertMany(
          List.of(
              new Document("_id", "int").append("n", 1),
              new Document("_id", "long").append("n", 1L),
              new Document("_id", "double").append("n", 1.0),
              new Document("_id", "two").append("n", 2),
              new Document("_id", "text").append("n", "1"),
              new Document("_id", "big").append("n", 9_007_199_254_740_993L),
              new Document("_id", "2^53").append("n", 9_007_199_254_740_992L)));

      for (Object one : List.of(1, 1L, 1.0)) {
        assertThat(ids(counts.find(eq("n", one))))
            .containsExactlyInAnyOrder("int", "long", "double");
      }
      assertThat(ids(counts.find(in("n", 2L, "1")))).containsExactlyInAnyOrder("two", "text");
      assertThat(ids(counts.find(eq("n", 9_007_199_254_740_993L)))).containsExactly("big");
      assertThat(ids(counts.find(eq("n", 9.007199254740992E15)))).containsExactly("2^53");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void findsAnUpdatedDocumentUnderItsNewValueOnly(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> nudges = nudges(server);

      nudges.updateOne(eq("_id", "n1"), Updates.set("status", "SENT"));
      assertThat(ids(nudges.find(eq("status", "PLANNED")))).containsExactly("n3", "n6");
      assertThat(ids(nudges.find(eq("status", "SENT")))).containsExactly("n1", "n2");

      Document claimed =
          nudges.findOneAndUpdate(
              and(eq("status", "PLANNED"), lte("dueAt", 9)),
              Updates.combine(Updates.set("status", "CLAIMED"), Updates.set("claimedBy", "a#1")),
              new FindOneAndUpdateOptions()
                  .sort(Sorts.ascending("dueAt", "leaderId"))
                  .returnDocument(ReturnDocument.AFTER));
      assertThat(claimed).containsEntry("_id", "n3").containsEntry("status", "CLAIMED");
      assertThat(ids(nudges.find(eq("status", "PLANNED")))).containsExactly("n6");
      assertThat(ids(nudges.find(eq("status", "CLAIMED")))).containsExactly("n3", "n4");

      nudges.updateMany(eq("status", "CLAIMED"), Updates.set("status", "SENT"));
      nudges.replaceOne(eq("_id", "n2"), new Document("leaderId", "l1"));
      nudges.updateOne(eq("_id", "n6"), Updates.unset("status"));
      nudges.updateOne(eq("_id", "n5"), Updates.set("status", "PLANNED"));
      // A change to another field leaves the document where it was.
      nudges.updateOne(eq("_id", "n1"), Updates.set("dueAt", 7));

      assertThat(ids(nudges.find(eq("status", "SENT")))).containsExactly("n1", "n3", "n4");
      assertThat(ids(nudges.find(eq("status", "PLANNED")))).containsExactly("n5");
      assertThat(ids(nudges.find(in("status", "CLAIMED", "GONE")))).isEmpty();
      assertThat(ids(nudges.find(eq("leaderId", "l1")))).containsExactly("n1", "n2", "n5");
      assertThat(server.indexSizes("nudges")).containsEntry(BY_DUE, 4L);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void forgetsDeletedDocumentsAndAnswersInTheScansOrder(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> nudges = nudges(server);

      nudges.deleteOne(eq("status", "SENT"));
      nudges.deleteMany(in("status", "CLAIMED"));
      assertThat(nudges.findOneAndDelete(eq("status", "PLANNED"))).containsEntry("_id", "n1");
      assertThat(ids(nudges.find(in("status", "SENT", "CLAIMED")))).isEmpty();
      assertThat(ids(nudges.find(eq("status", "PLANNED")))).containsExactly("n3", "n6");

      // The memory backend puts new documents in the places deleted ones left.
      nudges.insertMany(
          List.of(
              new Document("_id", "n0").append("status", "PLANNED"),
              new Document("_id", "n9").append("status", "PLANNED"),
              new Document("_id", "n7").append("status", "PLANNED")));
      List<Object> planned = scanned(nudges, "status", "PLANNED");
      assertThat(ids(nudges.find(eq("status", "PLANNED")))).containsExactlyElementsOf(planned);
      Collections.reverse(planned);
      assertThat(ids(nudges.find(eq("status", "PLANNED")).sort(new Document("$natural", -1))))
          .containsExactlyElementsOf(planned);
      assertThat(ids(nudges.find(eq("status", "PLANNED")).sort(Sorts.descending("_id")).limit(2)))
          .containsExactly("n9", "n7");
      assertThat(server.keysPerIndex("nudges")).containsEntry(BY_DUE, 6L);
      // Five of the six have a status.
      assertThat(server.indexSizes("nudges")).containsEntry(BY_DUE, 5L);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void findsUpsertedDocumentsAndUpsertsOnlyOnce(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> nudges = nudges(server);
      Bson l9 = and(eq("status", "PLANNED"), eq("leaderId", "l9"));

      nudges.updateOne(l9, Updates.set("dueAt", 9), new UpdateOptions().upsert(true));
      nudges.updateOne(l9, Updates.set("dueAt", 10), new UpdateOptions().upsert(true));
      nudges.findOneAndUpdate(
          and(eq("status", "SNOOZED"), eq("leaderId", "l8")),
          Updates.set("dueAt", 8),
          new FindOneAndUpdateOptions().upsert(true));

      assertThat(nudges.find(l9).into(new ArrayList<>()))
          .singleElement()
          .satisfies(d -> assertThat(d).containsEntry("dueAt", 10));
      assertThat(nudges.countDocuments(eq("status", "PLANNED"))).isEqualTo(4);
      assertThat(nudges.countDocuments(eq("status", "SNOOZED"))).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void sortsAndLimitsWhatTheIndexFinds(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> nudges = nudges(server);

      assertThat(
              ids(
                  nudges
                      .find(and(eq("status", "PLANNED"), lte("dueAt", 9)))
                      .sort(Sorts.orderBy(Sorts.descending("dueAt"), Sorts.ascending("leaderId")))
                      .limit(2)))
          .containsExactly("n6", "n3");
      assertThat(ids(nudges.find(eq("status", "PLANNED")).skip(1).limit(1))).containsExactly("n3");
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void keepsOneHashPerLeadingFieldAndListsEveryIndexAsDeclared(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> nudges = nudges(server);
      // Declaring the same indexes again, as every start does, changes nothing.
      declareIndexes(nudges);

      assertThat(server.keysPerIndex("nudges"))
          .containsEntry(BY_DUE, 6L)
          .containsEntry(BY_LEASE, 0L)
          .containsEntry(BY_LEADER, 6L);
      List<Document> listed = nudges.listIndexes().into(new ArrayList<>());
      assertThat(listed)
          .extracting(index -> index.getString("name"), index -> index.get("key"))
          .containsExactlyInAnyOrder(
              tuple("_id_", new Document("_id", 1)),
              tuple(BY_DUE, new Document("status", 1).append("dueAt", 1).append("leaderId", 1)),
              tuple(BY_LEASE, new Document("status", 1).append("leaseUntil", 1)),
              tuple(BY_LEADER, new Document("leaderId", 1).append("status", 1).append("dueAt", 1)));
      assertThat(listed).allSatisfy(index -> assertThat(index).doesNotContainKeys("sparse", "ns"));
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void handsTheHashToAnotherIndexOnTheFieldWhenItsOwnerIsDropped(Backend backend) {
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file())) {
      MongoCollection<Document> nudges = nudges(server);

      nudges.dropIndex(BY_DUE);
      nudges.updateOne(eq("_id", "n1"), Updates.set("status", "SENT"));

      assertThat(server.keysPerIndex("nudges")).containsEntry(BY_LEASE, 6L);
      assertThat(ids(nudges.find(eq("status", "SENT")))).containsExactly("n1", "n2");
      nudges.dropIndexes();
      assertThat(ids(nudges.find(eq("status", "PLANNED")))).containsExactly("n3", "n6");
      nudges.drop();
      assertThat(ids(nudges.find(eq("status", "PLANNED")))).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void rebuildsTheIndexFromTheFileItOpens(Backend backend) {
    if (!backend.onFile()) {
      return;
    }
    Path file = file();
    try (EmbeddedServer server = EmbeddedServer.ours(backend, file)) {
      nudges(server).updateOne(eq("_id", "n1"), Updates.set("status", "SENT"));
    }
    try (EmbeddedServer reopened = EmbeddedServer.ours(backend, file)) {
      MongoCollection<Document> nudges = reopened.collection("nudges");
      // One of the two indexes on status holds the hash (the file keeps no order among them).
      Document keys = reopened.keysPerIndex("nudges");
      assertThat(keys.getLong(BY_DUE) + keys.getLong(BY_LEASE)).isEqualTo(6);
      assertThat(keys).containsEntry(BY_LEADER, 6L);
      assertThat(ids(nudges.find(eq("status", "SENT")))).containsExactly("n1", "n2");
      assertThat(ids(nudges.find(eq("status", "PLANNED")))).containsExactly("n3", "n6");
      nudges.insertOne(new Document("_id", "n8").append("status", "SENT"));
    }
    // The file's layout is the plain backend's: it opens it, indexes listed, documents there.
    try (EmbeddedServer plain = EmbeddedServer.plain(backend, file)) {
      MongoCollection<Document> nudges = plain.collection("nudges");
      assertThat(nudges.listIndexes().into(new ArrayList<>()))
          .extracting(index -> index.getString("name"))
          .containsExactlyInAnyOrder("_id_", BY_DUE, BY_LEASE, BY_LEADER);
      assertThat(ids(nudges.find(eq("status", "SENT")))).containsExactly("n1", "n2", "n8");
    }
  }

  /** Six nudges, one without a status, with the dispatcher's indexes declared. */
  private static MongoCollection<Document> nudges(EmbeddedServer server) {
    MongoCollection<Document> nudges = server.collection("nudges");
    declareIndexes(nudges);
    nudges.insertMany(
        List.of(
            nudge("n1", "PLANNED", 1, "l1"),
            nudge("n2", "SENT", 2, "l1"),
            nudge("n3", "PLANNED", 3, "l2"),
            nudge("n4", "CLAIMED", 4, "l2"),
            new Document("_id", "n5").append("dueAt", 5).append("leaderId", "l1"),
            nudge("n6", "PLANNED", 6, "l3")));
    return nudges;
  }

  private static void declareIndexes(MongoCollection<Document> nudges) {
    nudges.createIndex(Indexes.ascending("status", "dueAt", "leaderId"));
    nudges.createIndex(Indexes.ascending("status", "leaseUntil"));
    nudges.createIndex(Indexes.ascending("leaderId", "status", "dueAt"));
  }

  private static Document nudge(String id, String status, int dueAt, String leaderId) {
    return new Document("_id", id)
        .append("status", status)
        .append("dueAt", dueAt)
        .append("leaderId", leaderId);
  }

  /** The ids a scan of the whole collection finds with the value, in the scan's order. */
  private static List<Object> scanned(
      MongoCollection<Document> collection, String field, Object v) {
    List<Object> ids = new ArrayList<>();
    collection
        .find()
        .forEach(
            d -> {
              if (v.equals(d.get(field))) {
                ids.add(d.get("_id"));
              }
            });
    return ids;
  }

  private Path file() {
    return dir.resolve("index-" + System.nanoTime() + ".mv");
  }

  private static List<Object> ids(Iterable<Document> found) {
    List<Object> ids = new ArrayList<>();
    found.forEach(d -> ids.add(d.get("_id")));
    return ids;
  }
}
