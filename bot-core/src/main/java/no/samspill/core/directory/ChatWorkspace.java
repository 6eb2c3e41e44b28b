package no.samspill.core.directory;

import java.util.Objects;

/** A chat workspace (Slack team, Teams tenant, web tenant) that belongs to exactly one tenant. */
public record ChatWorkspace(String channel, String workspaceId) {

  public ChatWorkspace {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(workspaceId, "workspaceId");
  }

  public String key() {
    return channel + "|" + workspaceId;
  }
}
