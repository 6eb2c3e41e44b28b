package no.samspill.adapter.slack;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Instant;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** OAuth state values in MongoDB, so any instance can finish an install another one started. */
final class MongoOAuthStates implements OAuthStateService {

  static final String COLLECTION = "slack_oauth_states";

  private final MongoTemplate mongo;
  private final Clock clock;

  MongoOAuthStates(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public void addNewStateToDatastore(String state) {
    Instant expires = clock.instant().plusSeconds(getExpirationInSeconds());
    mongo.insert(new Document("_id", state).append("expiresAt", expires), COLLECTION);
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    Document found = mongo.findOne(byId(state), Document.class, COLLECTION);
    return found != null && found.getDate("expiresAt").toInstant().isAfter(clock.instant());
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    mongo.remove(byId(state), COLLECTION);
  }

  private static Query byId(String state) {
    return Query.query(Criteria.where("_id").is(state));
  }
}
