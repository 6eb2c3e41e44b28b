package no.samspill.core.directory;

import java.util.Objects;

/**
 * A person's account in one chat workspace: the channel ("teams", "slack", "web"), the workspace
 * (Teams tenant, Slack team, or the tenant id for the web chat) and the user id there.
 */
public record ChatIdentity(String channel, String workspaceId, String userId) {

  public ChatIdentity {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(userId, "userId");
  }

  public ChatWorkspace workspace() {
    return new ChatWorkspace(channel, workspaceId);
  }

  /** A stable key, unique across channels and workspaces. */
  public String key() {
    return channel + "|" + workspaceId + "|" + userId;
  }
}
