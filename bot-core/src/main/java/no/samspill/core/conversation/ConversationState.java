package no.samspill.core.conversation;

import java.util.Objects;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.reflection.ReflectionId;

/**
 * What the bot is waiting for from one leader: an open dialog question and/or the reflection in
 * progress. Stored, so a conversation survives a restart.
 */
public record ConversationState(
    LeaderId id, ReflectionId activeReflection, OpenDialog dialog, long version) {

  public ConversationState {
    Objects.requireNonNull(id, "id");
  }

  public static ConversationState idle(LeaderId leader) {
    return new ConversationState(leader, null, null, 0);
  }

  public ConversationState withDialog(OpenDialog newDialog) {
    return new ConversationState(id, activeReflection, newDialog, version);
  }

  public ConversationState withVersion(long newVersion) {
    return new ConversationState(id, activeReflection, dialog, newVersion);
  }

  public ConversationState withActiveReflection(ReflectionId reflection) {
    return new ConversationState(id, reflection, dialog, version);
  }
}
