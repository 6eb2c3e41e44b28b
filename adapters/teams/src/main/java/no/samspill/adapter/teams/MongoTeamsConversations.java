package no.samspill.adapter.teams;

import java.time.Instant;
import java.util.Optional;
import no.samspill.core.directory.ChatIdentity;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Teams conversation references in the adapter's own MongoDB collections. */
class MongoTeamsConversations implements TeamsConversations {

  @Document("teams_personal_chats")
  record PersonalDoc(
      @Id String id,
      String serviceUrl,
      String conversationId,
      String tenantId,
      String userId,
      String botId,
      String locale,
      Instant updatedAt,
      Instant unreachableSince,
      String unreachableReason) {}

  @Document("teams_channels")
  record ChannelDoc(
      @Id String id,
      String tenantId,
      String teamId,
      String teamName,
      String name,
      String serviceUrl,
      String botId,
      Instant updatedAt) {}

  private final MongoTemplate mongo;

  MongoTeamsConversations(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void savePersonal(PersonalChat c) {
    mongo.save(
        new PersonalDoc(
            c.identityKey(),
            c.serviceUrl(),
            c.conversationId(),
            c.tenantId(),
            c.userId(),
            c.botId(),
            c.locale(),
            c.updatedAt(),
            c.unreachableSince(),
            c.unreachableReason()));
  }

  @Override
  public Optional<PersonalChat> findPersonal(ChatIdentity identity) {
    return Optional.ofNullable(mongo.findById(identity.key(), PersonalDoc.class))
        .map(
            d ->
                new PersonalChat(
                    d.id(),
                    d.serviceUrl(),
                    d.conversationId(),
                    d.tenantId(),
                    d.userId(),
                    d.botId(),
                    d.locale(),
                    d.updatedAt(),
                    d.unreachableSince(),
                    d.unreachableReason()));
  }

  @Override
  public void markUnreachable(ChatIdentity identity, String reason, Instant when) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(identity.key())),
        new Update().set("unreachableSince", when).set("unreachableReason", reason),
        PersonalDoc.class);
  }

  @Override
  public void saveChannel(TeamChannel c) {
    mongo.save(
        new ChannelDoc(
            c.conversationId(),
            c.tenantId(),
            c.teamId(),
            c.teamName(),
            c.name(),
            c.serviceUrl(),
            c.botId(),
            c.updatedAt()));
  }

  @Override
  public Optional<TeamChannel> findChannel(String conversationId) {
    return Optional.ofNullable(mongo.findById(conversationId, ChannelDoc.class))
        .map(
            d ->
                new TeamChannel(
                    d.id(),
                    d.tenantId(),
                    d.teamId(),
                    d.teamName(),
                    d.name(),
                    d.serviceUrl(),
                    d.botId(),
                    d.updatedAt()));
  }
}
