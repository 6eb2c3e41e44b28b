package no.samspill.adapter.mongo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

/**
 * The console's HTTP sessions, one document each, shared by every instance: a coordinator stays
 * signed in whichever instance answers, and across restarts. The document is keyed by a hash of the
 * session id, so the cookie's secret is not stored. Expiry follows the app's clock: a session idle
 * for longer than its timeout is not found and is deleted when asked for, and a clean-up removes
 * the others (TTL indexes expire nothing on the embedded server, and FerretDB 1.24 refuses to
 * create one). A session ended on one instance stays ended: only a new session is inserted.
 */
final class MongoConsoleSessions implements SessionRepository<StoredConsoleSession>, AutoCloseable {

  static final String COLLECTION = "console_sessions";
  static final String EXPIRES_AT = "expiresAt";

  private static final Logger log = LoggerFactory.getLogger(MongoConsoleSessions.class);
  private static final SessionAttributeFilter FILTER = new SessionAttributeFilter();

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Duration idleTimeout;
  private ScheduledExecutorService cleanUp;

  MongoConsoleSessions(MongoTemplate mongo, Clock clock, Duration idleTimeout) {
    this.mongo = mongo;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
  }

  @Override
  public StoredConsoleSession createSession() {
    MapSession session = new MapSession();
    Instant now = clock.instant();
    session.setCreationTime(now);
    session.setLastAccessedTime(now);
    session.setMaxInactiveInterval(idleTimeout);
    return new StoredConsoleSession(session, null, clock);
  }

  @Override
  public void save(StoredConsoleSession session) {
    session.setLastAccessedTime(clock.instant());
    String key = key(session.getId());
    if (session.storedKey() == null) {
      mongo.insert(document(session, key), COLLECTION);
    } else if (!session.storedKey().equals(key)) {
      // A new id at sign-in; if the old one was ended elsewhere meanwhile, it stays ended.
      if (mongo.remove(byKey(session.storedKey()), COLLECTION).getDeletedCount() == 0) {
        return;
      }
      mongo.insert(document(session, key), COLLECTION);
    } else if (session.changed()) {
      mongo.replace(byKey(key), document(session, key), COLLECTION);
    } else {
      mongo.updateFirst(
          byKey(key),
          Update.update("accessedAt", date(session.getLastAccessedTime()))
              .set(EXPIRES_AT, date(session.expiresAt())),
          COLLECTION);
    }
    session.stored(key);
  }

  @Override
  public StoredConsoleSession findById(String id) {
    String key = key(id);
    Document stored = mongo.findById(key, Document.class, COLLECTION);
    if (stored == null) {
      return null;
    }
    MapSession session;
    try {
      session = read(id, stored);
    } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
      // Refused by the filter or corrupt: no session, never an error page. Say what failed, never
      // the content: the session holds personal data.
      log.warn(
          "A console session could not be read ({}); it is removed and its coordinator signs in"
              + " again",
          unreadable.getClass().getSimpleName());
      mongo.remove(byKey(key), COLLECTION);
      return null;
    }
    if (session == null) {
      mongo.remove(byKey(key), COLLECTION);
      return null;
    }
    return new StoredConsoleSession(session, key, clock);
  }

  /** The stored session, or null once its idle timeout has passed. */
  private MapSession read(String id, Document stored) throws IOException, ClassNotFoundException {
    if (!stored.getDate(EXPIRES_AT).toInstant().isAfter(clock.instant())) {
      return null;
    }
    MapSession session = new MapSession(id);
    session.setCreationTime(stored.getDate("createdAt").toInstant());
    session.setLastAccessedTime(stored.getDate("accessedAt").toInstant());
    session.setMaxInactiveInterval(Duration.ofSeconds(stored.getLong("idleSeconds")));
    attributes(stored.get("attributes")).forEach(session::setAttribute);
    return session;
  }

  @Override
  public void deleteById(String id) {
    mongo.remove(byKey(key(id)), COLLECTION);
  }

  /** Removes every session whose idle timeout has passed; returns how many. */
  long removeExpired() {
    Query expired = Query.query(Criteria.where(EXPIRES_AT).lte(date(clock.instant())));
    return mongo.remove(expired, COLLECTION).getDeletedCount();
  }

  /** Runs {@link #removeExpired} in the background, on every instance (it is idempotent). */
  void cleanUpEvery(Duration interval) {
    cleanUp =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "console-session-clean-up");
              thread.setDaemon(true);
              return thread;
            });
    cleanUp.scheduleWithFixedDelay(
        this::removeExpiredQuietly,
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    if (cleanUp != null) {
      cleanUp.shutdownNow();
    }
  }

  private void removeExpiredQuietly() {
    try {
      removeExpired();
    } catch (RuntimeException failed) {
      log.warn(
          "Expired console sessions could not be removed ({}); the next round tries again",
          failed.getClass().getSimpleName());
    }
  }

  private static Document document(StoredConsoleSession session, String key) {
    return new Document("_id", key)
        .append("createdAt", date(session.getCreationTime()))
        .append("accessedAt", date(session.getLastAccessedTime()))
        .append(EXPIRES_AT, date(session.expiresAt()))
        .append("idleSeconds", session.getMaxInactiveInterval().toSeconds())
        .append("attributes", new Binary(serialise(session.attributes())));
  }

  private static byte[] serialise(Map<String, Object> attributes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new HashMap<>(attributes));
    } catch (IOException notSerialisable) {
      throw new IllegalStateException(
          "A console session attribute cannot be stored: " + notSerialisable.getMessage(),
          notSerialisable);
    }
    return bytes.toByteArray();
  }

  // Read through the filter: only the classes a console session holds, within limits.
  private static Map<String, Object> attributes(Object stored)
      throws IOException, ClassNotFoundException {
    byte[] bytes = stored instanceof Binary binary ? binary.getData() : (byte[]) stored;
    try (ObjectInputStream in =
        new ConfigurableObjectInputStream(
            new ByteArrayInputStream(bytes), MongoConsoleSessions.class.getClassLoader())) {
      in.setObjectInputFilter(FILTER);
      Map<?, ?> read = (Map<?, ?>) in.readObject();
      Map<String, Object> attributes = new HashMap<>();
      read.forEach((name, value) -> attributes.put((String) name, value));
      return attributes;
    }
  }

  private static Query byKey(String key) {
    return Query.query(Criteria.where("_id").is(key));
  }

  private static Date date(Instant instant) {
    return Date.from(instant);
  }

  /** The stored key for a session id: its SHA-256, so a copy of the database signs no one in. */
  static String key(String sessionId) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException(missing);
    }
  }
}
