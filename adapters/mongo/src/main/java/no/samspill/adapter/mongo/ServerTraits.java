package no.samspill.adapter.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What Samspill's writes and queries rely on that differs between the servers it runs on, decided
 * here once so that no store decides it again.
 */
final class ServerTraits {

  /**
   * Statements per bulk write, on every server: FerretDB holds a PostgreSQL connection per
   * statement until the command ends, and one with more statements than its pool (50) never
   * finishes.
   */
  static final int STATEMENTS_PER_BULK = 20;

  private final MongoTemplate mongo;
  private final boolean atomicUpdates;
  private volatile Boolean scansIdLists;

  private ServerTraits(MongoTemplate mongo, boolean atomicUpdates, Boolean scansIdLists) {
    this.mongo = mongo;
    this.atomicUpdates = atomicUpdates;
    this.scansIdLists = scansIdLists;
  }

  /**
   * {@code embedded}: the server is the one Samspill started itself, which applies a conditional
   * update atomically per document (its collections run updates as synchronized methods); any
   * server given by URI is assumed not to (FerretDB does not).
   */
  static ServerTraits of(MongoTemplate mongo, boolean embedded) {
    return new ServerTraits(mongo, embedded, embedded ? Boolean.FALSE : null);
  }

  /** Taken to be FerretDB 1.x whatever the server is, so tests can run its paths on any server. */
  static ServerTraits likeFerretDb(MongoTemplate mongo) {
    return new ServerTraits(mongo, false, Boolean.TRUE);
  }

  /**
   * Document locks for conditional writes, or null where the server applies a conditional update
   * atomically and a lock would only cost two round trips.
   */
  DocumentLocks locks() {
    return atomicUpdates ? null : new DocumentLocks(mongo);
  }

  /**
   * Whether the server answers {@code {_id: {$in: [...]}}} by reading the whole collection:
   * FerretDB 1.x hands PostgreSQL only equalities, so there a look-up by each id is cheaper. Asked
   * of the server once ({@code buildInfo} names FerretDB), when first needed.
   */
  boolean scansIdLists() {
    Boolean known = scansIdLists;
    if (known == null) {
      Document info = mongo.executeCommand(new Document("buildInfo", 1));
      known = info.containsKey("ferretdbVersion");
      scansIdLists = known;
    }
    return known;
  }

  /**
   * Whether a range beside an equality narrows what the server reads: not on FerretDB 1.x, which
   * reads every document the equalities match and tests the range itself.
   */
  boolean narrowsRanges() {
    return !scansIdLists();
  }
}
