package no.samspill.core.conversation;

import java.util.Optional;
import no.samspill.core.directory.LeaderId;

/** Port: where each leader's conversation state is kept. */
public interface Conversations {

  Optional<ConversationState> find(LeaderId leader);

  /**
   * Stores the state if the stored one still has the version the caller read; returns it with its
   * new version.
   *
   * @throws no.samspill.core.ConcurrentChangeException if another message changed it first
   */
  ConversationState save(ConversationState state);

  void delete(LeaderId leader);
}
