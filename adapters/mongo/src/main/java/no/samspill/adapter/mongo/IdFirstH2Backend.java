package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/** The embedded file backend, finding a document by {@code _id} first ({@link IdFirstQueries}). */
class IdFirstH2Backend extends H2Backend {

  // The backend's own map names (H2Database keeps them private): the data file stays the same.
  private static final String DATA_PREFIX = "databases.";
  private static final String META_PREFIX = "meta.";

  IdFirstH2Backend(String file) {
    super(file);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    // Called from H2Backend's constructor for every database in the file: only the store is set.
    MVStore store = getMvStore();
    return new H2Database(databaseName, store, getCursorRegistry()) {
      @Override
      protected MongoCollection<Object> openOrCreateCollection(
          String collectionName, CollectionOptions options) {
        String name = getFullCollectionNamespace(collectionName);
        return new Collection(
            this,
            collectionName,
            options,
            store.openMap(DATA_PREFIX + name),
            store.openMap(META_PREFIX + name),
            cursorRegistry);
      }
    };
  }

  private static final class Collection extends H2Collection {

    Collection(
        MongoDatabase database,
        String collectionName,
        CollectionOptions options,
        MVMap<Object, Document> data,
        MVMap<String, Object> meta,
        CursorRegistry cursorRegistry) {
      super(database, collectionName, options, data, meta, cursorRegistry);
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
