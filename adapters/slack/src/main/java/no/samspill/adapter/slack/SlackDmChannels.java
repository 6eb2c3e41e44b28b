package no.samspill.adapter.slack;

import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The bot's DM channel with each user, remembered: conversations.open is a Tier 3 method (about 50
 * calls per minute per workspace), far too slow to call before every nudge. A user Slack says it
 * does not know (any more) is marked, until a DM with them opens again.
 */
final class SlackDmChannels {

  static final String COLLECTION = "slack_dm_channels";
  static final String GONE_SINCE = "goneSince";
  static final String GONE_REASON = "goneReason";
  private static final int MAX_CACHED = 50_000;

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Map<String, String> cache = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<String>> opening = new ConcurrentHashMap<>();

  SlackDmChannels(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
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

  /**
   * The DM channel from memory or MongoDB, else from {@code open} (then remembered); callers asking
   * for one user at once share a single open, so a burst of nudges to a leader costs one call.
   */
  CompletableFuture<String> findOrOpen(
      String teamId, String userId, Supplier<CompletableFuture<String>> open) {
    Optional<String> known = find(teamId, userId);
    if (known.isPresent()) {
      return CompletableFuture.completedFuture(known.get());
    }
    String key = key(teamId, userId);
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> shared = opening.putIfAbsent(key, mine);
    if (shared != null) {
      return shared;
    }
    // Another caller may have finished opening between our look-up and our turn.
    Optional<String> opened = Optional.ofNullable(cache.get(key));
    CompletableFuture<String> channel =
        opened.map(CompletableFuture::completedFuture).orElseGet(() -> openOnce(open));
    channel.whenComplete(
        (id, error) -> {
          if (error == null && opened.isEmpty()) {
            save(teamId, userId, id);
          }
          opening.remove(key, mine);
          if (error != null) {
            mine.completeExceptionally(error);
          } else {
            mine.complete(id);
          }
        });
    return mine;
  }

  private static CompletableFuture<String> openOnce(Supplier<CompletableFuture<String>> open) {
    try {
      return open.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  void save(String teamId, String userId, String channel) {
    String key = key(teamId, userId);
    remember(key, channel);
    mongo.upsert(
        Query.query(Criteria.where("_id").is(key)),
        Update.update("channel", channel).unset(GONE_SINCE).unset(GONE_REASON),
        COLLECTION);
  }

  /** Slack does not know the user (any more): kept until a DM with them opens again. */
  void markGone(String teamId, String userId, String reason) {
    String key = key(teamId, userId);
    cache.remove(key);
    mongo.upsert(
        Query.query(Criteria.where("_id").is(key)),
        Update.update(GONE_SINCE, Date.from(clock.instant()))
            .set(GONE_REASON, reason)
            .unset("channel"),
        COLLECTION);
  }

  /** Which of these users (team and user id) are marked gone, in one round trip. */
  Set<String> gone(Collection<String[]> teamAndUser) {
    List<String> keys = teamAndUser.stream().map(u -> key(u[0], u[1])).distinct().toList();
    if (keys.isEmpty()) {
      return Set.of();
    }
    Query marked = Query.query(Criteria.where("_id").in(keys).and(GONE_SINCE).exists(true));
    marked.fields().include("_id");
    Set<String> found = new HashSet<>();
    for (Document d : mongo.find(marked, Document.class, COLLECTION)) {
      found.add(String.valueOf(d.get("_id")));
    }
    return found;
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

  static String key(String teamId, String userId) {
    return (teamId == null ? "-" : teamId) + "|" + userId;
  }
}
