package no.samspill.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import no.samspill.core.conversation.ConversationState;
import no.samspill.core.conversation.Conversations;
import no.samspill.core.directory.LeaderId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

final class MongoConversations implements Conversations {

  static final String COLLECTION = "conversations";

  private final MongoTemplate mongo;
  private final OptimisticWrites writes;

  MongoConversations(MongoTemplate mongo, ServerTraits server) {
    this.mongo = mongo;
    this.writes = new OptimisticWrites(mongo, server);
  }

  @Override
  public Optional<ConversationState> find(LeaderId leader) {
    return Optional.ofNullable(mongo.findById(leader.value(), ConversationState.class, COLLECTION));
  }

  @Override
  public ConversationState save(ConversationState state) {
    ConversationState next = state.withVersion(state.version() + 1);
    writes.save(COLLECTION, state.id().value(), state.version(), next, "Conversation");
    return next;
  }

  @Override
  public void delete(LeaderId leader) {
    mongo.remove(Query.query(where("_id").is(leader.value())), COLLECTION);
  }
}
