package no.samspill.adapter.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads documents one by one, so that one the code can no longer map (a field of the wrong type, an
 * unknown value) is logged by id and collection, never its content, and skipped instead of failing
 * the whole read.
 */
final class Readable {

  private static final Logger log = LoggerFactory.getLogger(Readable.class);

  private Readable() {}

  /** Up to {@code limit} readable documents matching the query. */
  static <T> List<T> find(
      MongoTemplate mongo, Query query, Class<T> type, String collection, int limit) {
    List<T> found = new ArrayList<>();
    try (Stream<Document> documents = mongo.stream(query, Document.class, collection)) {
      var it = documents.iterator();
      while (found.size() < limit && it.hasNext()) {
        Document document = it.next();
        try {
          found.add(mongo.getConverter().read(type, document));
        } catch (RuntimeException e) {
          log.warn(
              "Skipped an unreadable document {} in {}: {}",
              document.get("_id"),
              collection,
              e.getClass().getSimpleName());
        }
      }
    }
    return found;
  }
}
