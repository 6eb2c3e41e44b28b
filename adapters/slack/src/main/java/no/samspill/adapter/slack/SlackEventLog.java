package no.samspill.adapter.slack;

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
 * Remembers the Events API event ids already handled, so Slack's retries (X-Slack-Retry-Num) are
 * not processed twice, even across instances: the id is the document's unique _id.
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

  /** True the first time an event id is seen; false for every retry of it. */
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
