package no.samspill.core.conversation;

import no.samspill.core.directory.Leader;

/** Use case: a person wrote or clicked something; answer them. */
public interface HandleMessage {
  Turn handle(IncomingMessage message);

  /**
   * For a channel that has just read the leader it answers (the web chat, addressed by leader id):
   * the turn does not look them up again.
   */
  default Turn handle(Leader leader, IncomingMessage message) {
    return handle(message);
  }
}
