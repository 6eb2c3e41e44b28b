package no.samspill.adapter.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;

/** One of our embedded backends on a loopback port, with a client, for the backend tests. */
final class EmbeddedServer implements AutoCloseable {

  /** Our backend and the server's plain one it must answer like, each made for a data file. */
  record Backend(
      String name,
      boolean onFile,
      Function<Path, MongoBackend> ours,
      Function<Path, MongoBackend> plain) {

    @Override
    public String toString() {
      return name;
    }
  }

  static final Backend MEMORY =
      new Backend("memory", false, file -> new IdFirstMemoryBackend(), file -> new MemoryBackend());
  static final Backend H2 =
      new Backend(
          "h2",
          true,
          file -> new IdFirstH2Backend(file.toString()),
          file -> new H2Backend(file.toString()));
  static final Backend COMMITTING_H2 =
      new Backend(
          "h2, committing",
          true,
          file -> new CommittingH2Backend(file.toString(), false),
          file -> new H2Backend(file.toString()));

  static Stream<Backend> backends() {
    return Stream.of(MEMORY, H2, COMMITTING_H2);
  }

  private final MongoServer server;
  private final MongoClient client;

  private EmbeddedServer(MongoBackend backend) {
    server = new MongoServer(backend);
    client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
  }

  static EmbeddedServer ours(Backend backend, Path file) {
    return new EmbeddedServer(backend.ours().apply(file));
  }

  static EmbeddedServer plain(Backend backend, Path file) {
    return new EmbeddedServer(backend.plain().apply(file));
  }

  MongoDatabase database() {
    return client.getDatabase("t");
  }

  MongoCollection<Document> collection(String name) {
    return database().getCollection(name);
  }

  /** How many keys each index of the collection holds, by name ({@code validate}). */
  Document keysPerIndex(String collection) {
    return database()
        .runCommand(new Document("validate", collection))
        .get("keysPerIndex", Document.class);
  }

  /**
   * Each index's size by name ({@code collStats}): for a leading-field index, how many (value,
   * document) pairs it holds.
   */
  Document indexSizes(String collection) {
    return database()
        .runCommand(new Document("collStats", collection))
        .get("indexSize", Document.class);
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
