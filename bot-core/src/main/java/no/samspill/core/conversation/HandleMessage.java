package no.samspill.core.conversation;

import no.samspill.core.directory.EmailLookup;
import no.samspill.core.directory.Leader;

/** Use case: a person wrote or clicked something; answer them. */
public interface HandleMessage {
  Turn handle(IncomingMessage message);

  /**
   * For a channel that must ask its platform for the person's e-mail (Teams): the engine asks
   * {@code emailOnFirstContact} only when the chat identity is linked to nobody yet, in the same
   * look-up that finds the leader. An implementation that cannot tell asks at once.
   */
  default Turn handle(IncomingMessage message, EmailLookup emailOnFirstContact) {
    if (message.user().email() != null) {
      return handle(message);
    }
    return handle(
        new IncomingMessage(
            message.user().withEmail(emailOnFirstContact.email()),
            message.text(),
            message.action(),
            message.place()));
  }

  /**
   * For a channel that has just read the leader it answers (the web chat, addressed by leader id):
   * the turn does not look them up again.
   */
  default Turn handle(Leader leader, IncomingMessage message) {
    return handle(message);
  }
}
