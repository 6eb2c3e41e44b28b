package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import no.samspill.adapter.mongo.MongoStorageProperties.EmbeddedDurability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the in-JVM MongoDB-compatible server on a free loopback port. */
final class EmbeddedMongo {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

  private EmbeddedMongo() {}

  static MongoServer start(MongoStorageProperties properties) {
    MongoServer server;
    if (properties.embeddedInMemory()) {
      server = new MongoServer(new IdFirstMemoryBackend());
    } else {
      Path file = Path.of(properties.embeddedFile()).toAbsolutePath();
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create the data folder for " + file, e);
      }
      server = new MongoServer(backend(file, properties.embeddedDurability()));
    }
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    log.info(
        "No MONGODB_URI set: using the embedded MongoDB-compatible server ({}) on port {}. "
            + "Set MONGODB_URI=mongodb://host:27017 to use a real MongoDB.",
        properties.embeddedInMemory()
            ? "in memory, nothing kept"
            : "data in "
                + properties.embeddedFile()
                + ", durability "
                + properties.embeddedDurability().name().toLowerCase(Locale.ROOT),
        address.getPort());
    return server;
  }

  private static MongoBackend backend(Path file, EmbeddedDurability durability) {
    return switch (durability) {
      case WRITTEN -> new CommittingH2Backend(file.toString(), false);
      case SYNCED -> new CommittingH2Backend(file.toString(), true);
      case BACKGROUND -> new IdFirstH2Backend(file.toString());
    };
  }
}
