package no.samspill.adapter.teams;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.core.directory.ChatIdentity;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Teams conversation references in the adapter's own MongoDB collections. */
class MongoTeamsConversations implements TeamsConversations {

  /** Leaders whose last saved chat is remembered; beyond this the least recent is forgotten. */
  static final int REMEMBERED_CHATS = 10_000;

  private final MongoTemplate mongo;

  /** The personal chats this instance wrote last, reachable, by identity key. */
  private final Map<String, PersonalChat> written = LeastRecentlyUsed.map(REMEMBERED_CHATS);

  MongoTeamsConversations(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void savePersonal(PersonalChat chat) {
    mongo.save(chat);
    written.put(chat.identityKey(), chat);
  }

  @Override
  public boolean refreshPersonal(PersonalChat chat) {
    PersonalChat last = written.get(chat.identityKey());
    if (last != null
        && last.reachable()
        && last.sameAddress(chat)
        && chat.updatedAt().isBefore(last.updatedAt().plus(REFRESH))) {
      return false;
    }
    savePersonal(chat);
    return true;
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
    // After the write, so that the person's next message here writes the chat reachable again.
    written.remove(identity.key());
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
    written.remove(identity.key());
  }

  @Override
  public void forgetPersonal(ChatIdentity identity) {
    mongo.remove(Query.query(Criteria.where("_id").is(identity.key())), PersonalChat.class);
    written.remove(identity.key());
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
  public Optional<OpenCard> replaceOpenCard(OpenCard card) {
    return Optional.ofNullable(
        mongo.findAndReplace(
            Query.query(Criteria.where("_id").is(card.conversationId())),
            card,
            FindAndReplaceOptions.options().upsert()));
  }

  @Override
  public Optional<OpenCard> closeOpenCard(String conversationId, String askedId) {
    return Optional.ofNullable(
        mongo.findAndRemove(
            Query.query(Criteria.where("_id").is(conversationId).and("askedId").is(askedId)),
            OpenCard.class));
  }

  @Override
  public Optional<OpenCard> findOpenCard(String conversationId) {
    return Optional.ofNullable(mongo.findById(conversationId, OpenCard.class));
  }
}
