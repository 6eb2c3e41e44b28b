package no.samspill.core.conversation;

/** Use case: a person wrote or clicked something; answer them. */
public interface HandleMessage {
  Turn handle(IncomingMessage message);
}
