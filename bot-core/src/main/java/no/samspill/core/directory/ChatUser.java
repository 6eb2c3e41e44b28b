package no.samspill.core.directory;

import java.util.Objects;

/**
 * What a channel knows about the person writing: their identity and, where the channel tells us,
 * display name, e-mail, locale tag, time zone and the workspace's display name.
 */
public record ChatUser(
    ChatIdentity identity,
    String displayName,
    String email,
    String localeTag,
    String timeZone,
    String workspaceName) {

  public ChatUser {
    Objects.requireNonNull(identity, "identity");
  }

  public ChatUser withEmail(String newEmail) {
    return new ChatUser(identity, displayName, newEmail, localeTag, timeZone, workspaceName);
  }

  public static ChatUser of(ChatIdentity identity) {
    return new ChatUser(identity, null, null, null, null, null);
  }
}
