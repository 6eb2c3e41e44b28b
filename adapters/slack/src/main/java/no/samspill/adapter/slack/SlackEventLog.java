package no.samspill.adapter.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.request.Request;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Remembers what was already handled, even across instances (the key is the document's unique _id):
 * Events API event ids, so Slack's retries (X-Slack-Retry-Num) are not processed twice, and the
 * signatures of commands and interactions, so a replayed signed request is not either.
 */
final class SlackEventLog {

  static final String COLLECTION = "slack_events";

  private static final Logger log = LoggerFactory.getLogger(SlackEventLog.class);

  /** Slack gives up retrying after about an hour; a day leaves room. */
  private static final Duration KEEP = Duration.ofDays(1);

  private final MongoTemplate mongo;
  private final Clock clock;
  private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

  SlackEventLog(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * What makes one signed request itself: its signature covers its timestamp and whole body, so a
   * replay carries the same one, and the timestamp check refuses it once it is older than the
   * window. Null without a signature (Socket Mode), which is then not checked.
   */
  static String replayKey(Request<?> request) {
    String signature =
        request.getHeaders() == null
            ? null
            : request.getHeaders().getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
    return signature == null || signature.isBlank() ? null : "signed:" + signature;
  }

  /** True the first time a key is seen; false for every retry or replay of it. */
  boolean firstDelivery(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      return true;
    }
    Instant now = clock.instant();
    try {
      purgeOld(now);
      mongo.insert(new Document("_id", eventId).append("at", now), COLLECTION);
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    } catch (DataAccessException e) {
      // Unknowable while the database is away: an answer ("try again") beats silence.
      log.warn("Could not check Slack event {} for a retry: {}", eventId, e.getMessage());
      return true;
    }
  }

  // A purge instead of a TTL index: the embedded server never expires TTL indexes.
  private void purgeOld(Instant now) {
    Instant last = lastPurge.get();
    if (Duration.between(last, now).toHours() >= 1 && lastPurge.compareAndSet(last, now)) {
      mongo.remove(Query.query(Criteria.where("at").lt(now.minus(KEEP))), COLLECTION);
    }
  }
}
