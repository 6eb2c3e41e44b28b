package no.samspill.core.conversation;

import java.util.List;

/** Use case: a person wrote or clicked something; answer them. */
public interface HandleMessage {
  List<Reply> handle(IncomingMessage message);
}
