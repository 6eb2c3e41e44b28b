package no.samspill.adapter.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where data lives: a real MongoDB when {@code uri} is set (from {@code MONGODB_URI}), otherwise an
 * embedded server persisting to {@code embeddedFile} ("memory" keeps nothing, for tests).
 */
@ConfigurationProperties("samspill.mongodb")
public record MongoStorageProperties(String uri, String database, String embeddedFile) {

  public MongoStorageProperties {
    database = database == null || database.isBlank() ? "samspill" : database;
    embeddedFile =
        embeddedFile == null || embeddedFile.isBlank() ? "./data/samspill.mv" : embeddedFile;
  }

  boolean useEmbedded() {
    return uri == null || uri.isBlank();
  }

  boolean embeddedInMemory() {
    return "memory".equalsIgnoreCase(embeddedFile);
  }
}
