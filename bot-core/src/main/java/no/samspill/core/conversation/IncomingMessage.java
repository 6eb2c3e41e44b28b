package no.samspill.core.conversation;

import java.util.Objects;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatUser;

/**
 * What a person sent through any channel: typed text, a button click, or a submitted input. {@code
 * place} is the shared channel it was written in, or null for the personal chat.
 */
public record IncomingMessage(ChatUser user, String text, Action action, ChannelAddress place) {

  public IncomingMessage {
    Objects.requireNonNull(user, "user");
    text = text == null ? "" : text;
  }

  public IncomingMessage(ChatUser user, String text, Action action) {
    this(user, text, action, null);
  }

  public static IncomingMessage text(ChatUser user, String text) {
    return new IncomingMessage(user, text, null);
  }

  public static IncomingMessage click(ChatUser user, Action action) {
    return new IncomingMessage(user, null, action);
  }

  public static IncomingMessage submit(ChatUser user, String askedId, String text) {
    return new IncomingMessage(user, text, new Action(askedId, Action.SUBMIT_TEXT));
  }
}
