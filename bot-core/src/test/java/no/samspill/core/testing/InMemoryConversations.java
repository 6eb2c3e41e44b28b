package no.samspill.core.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.ConcurrentChangeException;
import no.samspill.core.conversation.ConversationState;
import no.samspill.core.conversation.Conversations;
import no.samspill.core.directory.LeaderId;

public class InMemoryConversations implements Conversations {

  private final Map<LeaderId, ConversationState> states = new HashMap<>();

  @Override
  public Optional<ConversationState> find(LeaderId leader) {
    return Optional.ofNullable(states.get(leader));
  }

  @Override
  public ConversationState save(ConversationState state) {
    ConversationState stored = states.get(state.id());
    long expected = stored == null ? 0 : stored.version();
    if (state.version() != expected) {
      throw new ConcurrentChangeException("Conversation of " + state.id());
    }
    ConversationState saved = state.withVersion(expected + 1);
    states.put(saved.id(), saved);
    return saved;
  }

  @Override
  public void delete(LeaderId leader) {
    states.remove(leader);
  }
}
