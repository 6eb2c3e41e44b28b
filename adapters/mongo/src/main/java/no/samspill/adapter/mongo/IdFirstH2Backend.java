package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded file backend, finding a document by {@code _id} first ({@link IdFirstQueries}) and
 * keeping the declared non-unique indexes ({@link SecondaryIndexes}). Those live in memory only:
 * the server builds each from the stored documents when it opens the file, whose layout stays the
 * plain backend's. Unique indexes stay in the file, answered from a hash ({@link
 * HashedUniqueIndex}). A position is the document's key in its map, ordered as a scan reads them.
 */
class IdFirstH2Backend extends H2Backend {

  // The backend's own map names (H2Database keeps them private): the data file stays the same.
  private static final String DATA_PREFIX = "databases.";
  private static final String META_PREFIX = "meta.";
  private static final String INDEX_INFIX = "._index_";

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

      @Override
      protected Index<Object> openOrCreateUniqueIndex(
          String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new HashedUniqueIndex(
            store.openMap(getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName),
            indexName,
            keys,
            sparse);
      }

      @Override
      protected Index<Object> openOrCreateSecondaryIndex(
          String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        MongoCollection<Object> collection = resolveCollection(collectionName, true);
        return SecondaryIndexes.open(collection, indexName, keys, hashes(collection));
      }

      @Override
      protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        SecondaryIndexes.drop(
            collection,
            indexName,
            () -> super.dropIndex(collection, indexName),
            hashes(collection));
      }
    };
  }

  /** Positions are the documents' keys in the collection's map, in the map's order. */
  private static SecondaryIndexes.Hashes<Object> hashes(MongoCollection<Object> collection) {
    Comparator<Object> keyOrder = ((Collection) collection).data.getKeyType();
    return (name, keys) -> LeadingFieldIndex.keyedById(name, keys, keyOrder);
  }

  private static final class Collection extends H2Collection {

    private final MVMap<Object, Document> data;

    Collection(
        MongoDatabase database,
        String collectionName,
        CollectionOptions options,
        MVMap<Object, Document> data,
        MVMap<String, Object> meta,
        CursorRegistry cursorRegistry) {
      super(database, collectionName, options, data, meta, cursorRegistry);
      this.data = data;
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
      if (narrowed != null) {
        return narrowed;
      }
      Iterable<Object> positions =
          SecondaryIndexes.positions(getIndexes(), query, isNaturalDescending(orderBy));
      return positions != null
          ? matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector)
          : super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
  }
}
