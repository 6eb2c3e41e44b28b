package no.samspill.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file backend's unique indexes, answered from a hash in memory, refuse and accept exactly what
 * the plain backend's do, and stay in the data file: reopened by either backend, a file still
 * refuses the same duplicates.
 */
class HashedUniqueIndexIntegrationTest {

  @TempDir Path dir;

  @Test
  void refusesAndAcceptsWhatThePlainBackendDoes() {
    List<String> plain =
        run(H2Backend::new, dir.resolve("plain.mv"), HashedUniqueIndexIntegrationTest::script);
    List<String> hashed =
        run(
            IdFirstH2Backend::new,
            dir.resolve("hashed.mv"),
            HashedUniqueIndexIntegrationTest::script);
    List<String> committing =
        run(
            file -> new CommittingH2Backend(file, false),
            dir.resolve("committing.mv"),
            HashedUniqueIndexIntegrationTest::script);

    assertThat(hashed).isEqualTo(plain);
    assertThat(committing).isEqualTo(plain);
    // The script's duplicates are refused, so the comparison is not between two that accept all.
    assertThat(plain.stream().filter(outcome -> outcome.endsWith("refused"))).hasSize(9);
  }

  @Test
  void theIndexStaysInTheFileForEitherBackendToReopen() throws IOException {
    Path file = dir.resolve("kept.mv");
    run(IdFirstH2Backend::new, file, HashedUniqueIndexIntegrationTest::script);
    // Each reopens a copy of its own: the second script writes.
    Path copy = Files.copy(file, dir.resolve("copy.mv"));

    List<String> reopened =
        run(IdFirstH2Backend::new, file, HashedUniqueIndexIntegrationTest::again);
    List<String> plain = run(H2Backend::new, copy, HashedUniqueIndexIntegrationTest::again);

    assertThat(reopened).isEqualTo(plain);
    assertThat(reopened)
        .containsExactly(
            "again id a refused",
            "again tenant t1 refused",
            "again tenant t3 accepted",
            "again id b found 1",
            "again tenant t2 found 1");
  }

  /**
   * Duplicates by _id and by a unique field, on insert, update and upsert; plain and other keys.
   */
  private static void script(Recorder r) {
    MongoCollection<Document> c = r.collection();
    c.createIndex(Indexes.ascending("tenantId"), new IndexOptions().unique(true));
    r.insert("id a", new Document("_id", "a").append("tenantId", "t1"));
    r.insert("id a again", new Document("_id", "a").append("tenantId", "t9"));
    r.insert("tenant t1 again", new Document("_id", "b").append("tenantId", "t1"));
    r.insert("id b", new Document("_id", "b").append("tenantId", "t2"));
    r.act("update b to t1", () -> c.updateOne(eq("_id", "b"), Updates.set("tenantId", "t1")));
    r.act("update b to t3", () -> c.updateOne(eq("_id", "b"), Updates.set("tenantId", "t3")));
    r.act("update b back to t2", () -> c.updateOne(eq("_id", "b"), Updates.set("tenantId", "t2")));
    r.act("delete a", () -> c.deleteOne(eq("_id", "a")));
    r.insert("id a after delete", new Document("_id", "a").append("tenantId", "t1"));
    r.act(
        "upsert tenant t4",
        () ->
            c.replaceOne(
                eq("tenantId", "t4"),
                new Document("_id", "d").append("tenantId", "t4"),
                new ReplaceOptions().upsert(true)));
    // Numbers are one key whatever their type, as on MongoDB.
    r.insert("id 7", new Document("_id", 7).append("tenantId", "n1"));
    r.insert("id 7L", new Document("_id", 7L).append("tenantId", "n2"));
    r.insert("id 7.0", new Document("_id", 7.0).append("tenantId", "n3"));
    Date at = new Date(1_700_000_000_000L);
    r.insert("id date", new Document("_id", at).append("tenantId", "d1"));
    r.insert("id date again", new Document("_id", new Date(at.getTime())).append("tenantId", "d2"));
    ObjectId oid = new ObjectId();
    r.insert("id oid", new Document("_id", oid).append("tenantId", "o1"));
    r.insert(
        "id oid again",
        new Document("_id", new ObjectId(oid.toHexString())).append("tenantId", "o2"));
    // Keys of other values go to the map; a sub-document in another field order is another key.
    r.insert(
        "id doc ab",
        new Document("_id", new Document("a", 1).append("b", 2)).append("tenantId", "s1"));
    r.insert(
        "id doc ba",
        new Document("_id", new Document("b", 2).append("a", 1)).append("tenantId", "s2"));
    r.insert(
        "id doc ab again",
        new Document("_id", new Document("a", 1).append("b", 2)).append("tenantId", "s3"));
    r.insert("tenant null", new Document("_id", "z1"));
    r.insert("tenant null again", new Document("_id", "z2"));
    r.found("id b", eq("_id", "b"));
    r.found("tenant t2", eq("tenantId", "t2"));
    r.found("id 7 as long", eq("_id", 7L));
  }

  private static void again(Recorder r) {
    r.insert("again id a", new Document("_id", "a").append("tenantId", "t8"));
    r.insert("again tenant t1", new Document("_id", "x").append("tenantId", "t1"));
    r.insert("again tenant t3", new Document("_id", "y").append("tenantId", "t3"));
    r.found("again id b", eq("_id", "b"));
    r.found("again tenant t2", eq("tenantId", "t2"));
  }

  private static List<String> run(
      Function<String, MongoBackend> backend, Path file, Consumer<Recorder> script) {
    MongoServer server = new MongoServer(backend.apply(file.toString()));
    try (MongoClient client =
        MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
      Recorder recorder = new Recorder(client.getDatabase("t").getCollection("policies"));
      script.accept(recorder);
      return recorder.outcomes;
    } finally {
      server.shutdownNow();
    }
  }

  private record Recorder(MongoCollection<Document> collection, List<String> outcomes) {

    Recorder(MongoCollection<Document> collection) {
      this(collection, new ArrayList<>());
    }

    void insert(String what, Document document) {
      act(what, () -> collection.insertOne(document));
    }

    void act(String what, Runnable action) {
      try {
        action.run();
        outcomes.add(what + " accepted");
      } catch (MongoException e) {
        outcomes.add(what + (e.getCode() == 11000 ? " refused" : " failed " + e.getCode()));
      }
    }

    void found(String what, org.bson.conversions.Bson filter) {
      List<Object> ids = new ArrayList<>();
      collection.find(filter).forEach(d -> ids.add(d.get("_id")));
      outcomes.add(what + " found " + ids.size());
    }
  }
}
