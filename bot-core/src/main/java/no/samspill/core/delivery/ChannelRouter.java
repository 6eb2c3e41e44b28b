package no.samspill.core.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.core.conversation.Reply;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;

/** Sends to a leader on the first of their linked platforms that Samspill can reach. */
public final class ChannelRouter {

  private final Map<String, ChatChannel> channels;

  public ChannelRouter(List<ChatChannel> channels) {
    this.channels =
        channels.stream()
            .collect(Collectors.toUnmodifiableMap(ChatChannel::name, Function.identity()));
  }

  public Delivery send(Leader leader, List<Reply> replies) {
    for (ChatIdentity identity : leader.identities()) {
      ChatChannel channel = channels.get(identity.channel());
      if (channel != null) {
        return channel.send(leader, replies);
      }
    }
    return Delivery.unreachable("no chat platform linked for this leader");
  }

  /** As {@link #send}, paced by the platform and without holding the caller's thread. */
  public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
    for (ChatIdentity identity : leader.identities()) {
      ChatChannel channel = channels.get(identity.channel());
      if (channel != null) {
        return channel.deliver(leader, dispatch);
      }
    }
    return CompletableFuture.completedFuture(
        Delivery.unreachable("no chat platform linked for this leader"));
  }

  /** The longest delivery any configured platform may take (see ChatChannel#longestDelivery). */
  public Duration longestDelivery() {
    return channels.values().stream()
        .map(ChatChannel::longestDelivery)
        .max(Duration::compareTo)
        .orElse(Duration.ZERO);
  }

  /** Lets the identity's platform forget its references to the user. */
  public void forget(ChatIdentity identity) {
    ChatChannel channel = channels.get(identity.channel());
    if (channel != null) {
      channel.forget(identity);
    }
  }

  public Delivery post(ChannelAddress address, ChannelPost post) {
    ChatChannel channel = channels.get(address.channel());
    return channel == null
        ? Delivery.unreachable("platform " + address.channel() + " is not configured")
        : channel.post(address, post);
  }
}
