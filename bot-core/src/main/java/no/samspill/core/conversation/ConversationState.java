package no.samspill.core.conversation;

import java.util.Objects;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.reflection.ReflectionId;

/**
 * What the bot is waiting for from one leader: an open dialog question and/or the reflection in
 * progress, and an answer held back while the leader decides whether to rewrite it. Stored, so a
 * conversation survives a restart.
 */
public record ConversationState(
    LeaderId id, ReflectionId activeReflection, OpenDialog dialog, long version, Held held) {

  /** A typed answer that names a person, waiting for "rewrite" or "keep" on question askedId. */
  public record Held(String askedId, String text) {}

  public ConversationState {
    Objects.requireNonNull(id, "id");
  }

  public static ConversationState idle(LeaderId leader) {
    return new ConversationState(leader, null, null, 0, null);
  }

  public ConversationState withDialog(OpenDialog newDialog) {
    return new ConversationState(id, activeReflection, newDialog, version, held);
  }

  public ConversationState withVersion(long newVersion) {
    return new ConversationState(id, activeReflection, dialog, newVersion, held);
  }

  public ConversationState withActiveReflection(ReflectionId reflection) {
    return new ConversationState(id, reflection, dialog, version, null);
  }

  public ConversationState holding(Held answer) {
    return new ConversationState(id, activeReflection, dialog, version, answer);
  }
}
