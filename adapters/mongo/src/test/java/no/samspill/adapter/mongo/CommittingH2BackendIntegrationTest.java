package no.samspill.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the data file holds the moment a write is acknowledged: a copy taken then is what a killed
 * process leaves behind (the operating system keeps what was written), so it is opened as such.
 */
class CommittingH2BackendIntegrationTest {

  @TempDir Path dir;

  @Test
  void everyAcknowledgedWriteIsInTheFileWhenTheReplyArrives() {
    Path copy =
        fileAfter(
            false,
            answers -> {
              for (int i = 0; i < 50; i++) {
                answers.insertOne(new Document("_id", i).append("text", "svar " + i));
              }
              answers.updateOne(eq("_id", 1), Updates.set("text", "endra"));
              answers.deleteOne(eq("_id", 2));
              answers.findOneAndUpdate(eq("_id", 3), Updates.set("claimed", true));
              answers.insertMany(List.of(new Document("_id", 100), new Document("_id", 101)));
            });

    List<Document> kept = contentsOf(copy);
    assertThat(kept).hasSize(51);
    assertThat(kept).extracting(d -> d.get("_id")).contains(0, 49, 100, 101).doesNotContain(2);
    assertThat(kept)
        .filteredOn(d -> d.get("_id").equals(1))
        .first()
        .extracting(d -> d.get("text"))
        .isEqualTo("endra");
    assertThat(kept)
        .filteredOn(d -> d.get("_id").equals(3))
        .first()
        .extracting(d -> d.get("claimed"))
        .isEqualTo(true);
  }

  @Test
  void withFsyncTheFileIsForcedToTheDiskAsWell() {
    Path copy = fileAfter(true, answers -> answers.insertOne(new Document("_id", 7)));

    assertThat(contentsOf(copy)).extracting(d -> d.get("_id")).containsExactly(7);
  }

  /** A copy of the data file taken as soon as the last of the writes is acknowledged. */
  private Path fileAfter(boolean fsync, Consumer<MongoCollection<Document>> writes) {
    Path file = dir.resolve("live.mv");
    Path copy = dir.resolve("after-kill.mv");
    MongoServer server = new MongoServer(new CommittingH2Backend(file.toString(), fsync));
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      writes.accept(client.getDatabase("samspill").getCollection("answers"));
      Files.copy(file, copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      server.shutdownNow();
    }
    return copy;
  }

  private static List<Document> contentsOf(Path file) {
    MongoServer server = new MongoServer(new H2Backend(file.toString()));
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      return client.getDatabase("samspill").getCollection("answers").find().into(new ArrayList<>());
    } finally {
      server.shutdownNow();
    }
  }
}
