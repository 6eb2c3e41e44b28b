package no.samspill.adapter.slack;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The bot's DM channel with each user, remembered: conversations.open is a Tier 3 method (about 50
 * calls per minute per workspace), far too slow to call before every nudge.
 */
final class SlackDmChannels {

  static final String COLLECTION = "slack_dm_channels";
  private static final int MAX_CACHED = 50_000;

  private final MongoTemplate mongo;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  SlackDmChannels(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  Optional<String> find(String teamId, String userId) {
    String key = key(teamId, userId);
    String cached = cache.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Document stored =
        mongo.findOne(Query.query(Criteria.where("_id").is(key)), Document.class, COLLECTION);
    Optional<String> channel = Optional.ofNullable(stored).map(d -> d.getString("channel"));
    channel.ifPresent(c -> remember(key, c));
    return channel;
  }

  void save(String teamId, String userId, String channel) {
    String key = key(teamId, userId);
    remember(key, channel);
    mongo.upsert(
        Query.query(Criteria.where("_id").is(key)), Update.update("channel", channel), COLLECTION);
  }

  /** A channel Slack no longer knows (the user left, the app was reinstalled) is opened anew. */
  void forget(String teamId, String userId) {
    String key = key(teamId, userId);
    cache.remove(key);
    mongo.remove(Query.query(Criteria.where("_id").is(key)), COLLECTION);
  }

  private void remember(String key, String channel) {
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, channel);
  }

  private static String key(String teamId, String userId) {
    return (teamId == null ? "-" : teamId) + "|" + userId;
  }
}
