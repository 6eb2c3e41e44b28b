package no.samspill.adapter.teams;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.core.directory.ChatIdentity;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Teams conversation references in the adapter's own MongoDB collections. */
class MongoTeamsConversations implements TeamsConversations {

  private final MongoTemplate mongo;

  MongoTeamsConversations(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void savePersonal(PersonalChat chat) {
    mongo.save(chat);
  }

  @Override
  public Optional<PersonalChat> findPersonal(ChatIdentity identity) {
    return Optional.ofNullable(mongo.findById(identity.key(), PersonalChat.class));
  }

  @Override
  public void markUnreachable(ChatIdentity identity, String reason, Instant when) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(identity.key())),
        new Update().set("unreachableSince", when).set("unreachableReason", reason),
        PersonalChat.class);
  }

  @Override
  public Map<String, PersonalChat> findPersonal(Collection<ChatIdentity> identities) {
    List<String> keys = identities.stream().map(ChatIdentity::key).distinct().toList();
    if (keys.isEmpty()) {
      return Map.of();
    }
    return mongo.find(Query.query(Criteria.where("_id").in(keys)), PersonalChat.class).stream()
        .collect(Collectors.toMap(PersonalChat::identityKey, chat -> chat));
  }

  @Override
  public void markGone(ChatIdentity identity, String conversationId, String reason, Instant when) {
    mongo.updateFirst(
        Query.query(
            Criteria.where("_id").is(identity.key()).and("conversationId").is(conversationId)),
        new Update().set("unreachableSince", when).set("unreachableReason", reason),
        PersonalChat.class);
  }

  @Override
  public void forgetPersonal(ChatIdentity identity) {
    mongo.remove(Query.query(Criteria.where("_id").is(identity.key())), PersonalChat.class);
  }

  @Override
  public void saveChannel(TeamChannel channel) {
    mongo.save(channel);
  }

  @Override
  public Optional<TeamChannel> findChannel(String conversationId) {
    return Optional.ofNullable(mongo.findById(conversationId, TeamChannel.class));
  }

  @Override
  public void saveOpenCard(OpenCard card) {
    mongo.save(card);
  }

  @Override
  public Optional<OpenCard> findOpenCard(String conversationId) {
    return Optional.ofNullable(mongo.findById(conversationId, OpenCard.class));
  }
}
