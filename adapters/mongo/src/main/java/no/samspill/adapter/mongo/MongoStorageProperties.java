package no.samspill.adapter.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where data lives: a real MongoDB when {@code uri} is set (from {@code MONGODB_URI}), otherwise an
 * embedded server persisting to {@code embeddedFile} ("memory" keeps nothing, for tests), as
 * durably as {@code embeddedDurability} says.
 */
@ConfigurationProperties("samspill.mongodb")
public record MongoStorageProperties(
    String uri, String database, String embeddedFile, EmbeddedDurability embeddedDurability) {

  /** When the embedded server acknowledges a write. */
  public enum EmbeddedDurability {
    /** Once it is in the data file: survives the process being killed, not a power cut. */
    WRITTEN,
    /**
     * Once the data file is also forced to the disk (fsync): survives a power cut too, at about 1.7
     * times the cost of a chat turn (bench/chat-turn.sh).
     */
    SYNCED,
    /** At once; the file is written about once a second, so a crash loses up to that second. */
    BACKGROUND
  }

  public MongoStorageProperties {
    database = database == null || database.isBlank() ? "samspill" : database;
    embeddedFile =
        embeddedFile == null || embeddedFile.isBlank() ? "./data/samspill.mv" : embeddedFile;
    embeddedDurability =
        embeddedDurability == null ? EmbeddedDurability.WRITTEN : embeddedDurability;
  }

  boolean useEmbedded() {
    return uri == null || uri.isBlank();
  }

  boolean embeddedInMemory() {
    return "memory".equalsIgnoreCase(embeddedFile);
  }
}
