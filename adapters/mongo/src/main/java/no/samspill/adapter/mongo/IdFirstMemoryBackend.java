package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The embedded in-memory backend, finding a document by {@code _id} first ({@link IdFirstQueries}).
 */
final class IdFirstMemoryBackend extends MemoryBackend {

  @Override
  public MemoryDatabase openOrCreateDatabase(String databaseName) {
    return new MemoryDatabase(databaseName, getCursorRegistry()) {
      @Override
      protected MemoryCollection openOrCreateCollection(
          String collectionName, CollectionOptions options) {
        return new Collection(this, collectionName, options, cursorRegistry);
      }
    };
  }

  private static final class Collection extends MemoryCollection {

    Collection(
        MongoDatabase database,
        String collectionName,
        CollectionOptions options,
        CursorRegistry cursorRegistry) {
      super(database, collectionName, options, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(
        Document query,
        Document orderBy,
        int numberToSkip,
        int limit,
        int batchSize,
        Document fieldSelector) {
      QueryResult narrowed =
          IdFirstQueries.narrowed(
              query,
              alone -> super.queryDocuments(alone, null, 0, 0, 0, null),
              candidates ->
                  matchDocumentsFromStream(
                      candidates, query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
      return narrowed != null
          ? narrowed
          : super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
  }
}
