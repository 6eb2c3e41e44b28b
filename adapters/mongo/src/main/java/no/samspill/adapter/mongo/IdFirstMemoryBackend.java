package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * The embedded in-memory backend, finding a document by {@code _id} first ({@link IdFirstQueries})
 * and keeping the declared non-unique indexes ({@link SecondaryIndexes}); a position is the
 * document's place in the collection's list, the order a scan reads.
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

      @Override
      protected Index<Integer> openOrCreateSecondaryIndex(
          String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return SecondaryIndexes.open(
            resolveCollection(collectionName, true),
            indexName,
            keys,
            LeadingFieldIndex::placedInList);
      }

      @Override
      protected void dropIndex(MongoCollection<Integer> collection, String indexName) {
        SecondaryIndexes.drop(
            collection,
            indexName,
            () -> super.dropIndex(collection, indexName),
            LeadingFieldIndex::placedInList);
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
      if (narrowed != null) {
        return narrowed;
      }
      Iterable<Integer> positions =
          SecondaryIndexes.positions(getIndexes(), query, isNaturalDescending(orderBy));
      return positions != null
          ? matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector)
          : super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
  }
}
