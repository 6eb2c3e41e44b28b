package no.samspill.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded backends that look a document up by {@code _id} before matching the rest of a query
 * answer every query as the server's own scan would, and keep the data file's layout.
 */
class IdFirstBackendsIntegrationTest {

  @TempDir static Path dir;

  static Stream<Function<Path, MongoBackend>> backends() {
    return Stream.of(
        file -> new IdFirstMemoryBackend(),
        file -> new IdFirstH2Backend(file.toString()),
        file -> new CommittingH2Backend(file.toString(), false));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void answersQueriesThatPinAnIdAndAskForMore(Function<Path, MongoBackend> backend) {
    Path file = dir.resolve("ids-" + System.nanoTime() + ".mv");
    MongoServer server = new MongoServer(backend.apply(file));
    try (MongoClient client =
        MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
      MongoCollection<Document> nudges = client.getDatabase("t").getCollection("nudges");
      nudges.insertMany(
          List.of(
              new Document("_id", "n1").append("status", "CLAIMED").append("claimedBy", "a#1"),
              new Document("_id", "n2").append("status", "CLAIMED").append("claimedBy", "a#1"),
              new Document("_id", "n3").append("status", "PLANNED")));

      assertThat(ids(nudges.find(and(eq("_id", "n1"), eq("claimedBy", "a#1")))))
          .containsExactly("n1");
      assertThat(ids(nudges.find(and(eq("_id", "n1"), eq("claimedBy", "b#7"))))).isEmpty();
      assertThat(ids(nudges.find(and(eq("_id", "nx"), eq("status", "CLAIMED"))))).isEmpty();
      assertThat(ids(nudges.find(and(in("_id", "n1", "n3"), eq("status", "CLAIMED")))))
          .containsExactly("n1");

      // A stale token changes nothing; the holder's changes only its own nudge.
      assertThat(
              nudges
                  .updateOne(
                      and(eq("_id", "n1"), eq("claimedBy", "b#7")), Updates.set("status", "SENT"))
                  .getModifiedCount())
          .isZero();
      assertThat(
              nudges
                  .updateOne(
                      and(eq("_id", "n1"), eq("claimedBy", "a#1")), Updates.set("status", "SENT"))
                  .getModifiedCount())
          .isEqualTo(1);
      assertThat(nudges.find(eq("_id", "n2")).first()).containsEntry("status", "CLAIMED");
      Document held =
          nudges.findOneAndUpdate(
              and(eq("_id", "n2"), eq("status", "CLAIMED")), Updates.set("leaseUntil", 5));
      assertThat(held).containsEntry("_id", "n2");
      assertThat(
              nudges.findOneAndUpdate(
                  and(eq("_id", "n2"), eq("status", "PLANNED")), Updates.set("leaseUntil", 6)))
          .isNull();
      assertThat(nudges.deleteOne(and(eq("_id", "n3"), eq("status", "SENT"))).getDeletedCount())
          .isZero();
      nudges.updateOne(
          and(eq("_id", "n4"), eq("status", "PLANNED")),
          Updates.set("claimedBy", "c#1"),
          new UpdateOptions().upsert(true));
      assertThat(nudges.find(eq("_id", "n4")).first())
          .containsEntry("status", "PLANNED")
          .containsEntry("claimedBy", "c#1");
      assertThat(ids(nudges.find(eq("status", "CLAIMED")))).containsExactly("n2");
    } finally {
      server.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aFileWrittenThroughItOpensWithThePlainBackend(Function<Path, MongoBackend> backend) {
    Path file = dir.resolve("layout-" + System.nanoTime() + ".mv");
    MongoBackend writing = backend.apply(file);
    if (!(writing instanceof H2Backend)) {
      return;
    }
    MongoServer server = new MongoServer(writing);
    try (MongoClient client =
        MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
      client.getDatabase("t").getCollection("answers").insertOne(new Document("_id", "svar"));
    } finally {
      server.shutdownNow();
    }
    MongoServer plain = new MongoServer(new H2Backend(file.toString()));
    try (MongoClient client =
        MongoClients.create("mongodb://127.0.0.1:" + plain.bind().getPort())) {
      assertThat(ids(client.getDatabase("t").getCollection("answers").find()))
          .containsExactly("svar");
    } finally {
      plain.shutdownNow();
    }
  }

  private static List<Object> ids(Iterable<Document> found) {
    List<Object> ids = new ArrayList<>();
    found.forEach(d -> ids.add(d.get("_id")));
    return ids;
  }
}
