package no.samspill.core.directory;

import java.util.Objects;

/**
 * A shared conversation on one chat platform, e.g. the leaders' channel: the channel ("teams",
 * "slack", "web"), the workspace it lives in, and the platform's id for it. {@code name} is only
 * for people to read.
 */
public record ChannelAddress(
    String channel, String workspaceId, String conversationId, String name) {

  public ChannelAddress {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(conversationId, "conversationId");
  }
}
