package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lets the embedded server find a document by its {@code _id} when the query also asks for more (a
 * claim's status and token, a version): the server uses an index only when a query names exactly
 * the index's fields, so {@code {_id, status, claimedBy}} scanned the whole collection for each
 * nudge sent. Here the {@code _id} index finds the candidates (one id or an {@code $in} list) and
 * the whole query is then matched against it, which gives the same answer.
 */
final class IdFirstQueries {

  private static final String ID = "_id";

  private IdFirstQueries() {}

  /**
   * {@code {_id: …}} alone when the query names {@code _id} among other fields: what it finds is
   * always a superset of the query's answer, so matching the whole query afterwards is exact.
   */
  static Document byIdAlone(Document query) {
    if (query == null || query.size() < 2 || !query.containsKey(ID)) {
      return null;
    }
    return new Document(ID, query.get(ID));
  }

  /**
   * The query's result from its {@code _id}'s document alone, or {@code null} when the query does
   * not pin an {@code _id}; {@code byId} runs the server's own look-up, {@code match} its matching.
   */
  static QueryResult narrowed(
      Document query,
      Function<Document, QueryResult> byId,
      Function<Stream<Document>, QueryResult> match) {
    Document alone = byIdAlone(query);
    return alone == null
        ? null
        : match.apply(StreamSupport.stream(byId.apply(alone).spliterator(), false));
  }
}
