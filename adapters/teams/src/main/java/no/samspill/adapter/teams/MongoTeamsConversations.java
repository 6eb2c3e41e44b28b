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
    // The driver's own call: Spring Data's findAndReplace sends an empty projection, which
    // FerretDB refuses (NotImplemented); MongoDB and the embedded server ignore it.
    org.bson.Document stored = new org.bson.Document();
    mongo.getConverter().write(card, stored);
    org.bson.Document old =
        mongo.execute(
            OPEN_CARDS,
            cards ->
                cards.findOneAndReplace(
                    new org.bson.Document("_id", card.conversationId()),
                    stored,
                    new com.mongodb.client.model.FindOneAndReplaceOptions()
                        .upsert(true)
                        .returnDocument(com.mongodb.client.model.ReturnDocument.BEFORE)));
    return Optional.ofNullable(old).map(d -> mongo.getConverter().read(OpenCard.class, d));
  }

  @Override
  public Optional<OpenCard> closeOpenCard(String conversationId, String askedId) {
    org.bson.Document old =
        mongo.execute(
            OPEN_CARDS,
            cards ->
                cards.findOneAndDelete(
                    new org.bson.Document("_id", conversationId).append("askedId", askedId)));
    return Optional.ofNullable(old).map(d -> mongo.getConverter().read(OpenCard.class, d));
  }

  private static final String OPEN_CARDS = "teams_open_cards";

  @Override
  public Optional<OpenCard> findOpenCard(String conversationId) {
    return Optional.ofNullable(mongo.findById(conversationId, OpenCard.class));
  }
}
