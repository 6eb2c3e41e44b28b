package no.samspill.core.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.core.conversation.Reply;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends to a leader on the first of their linked platforms that Samspill can reach. */
public final class ChannelRouter {

  private static final Logger log = LoggerFactory.getLogger(ChannelRouter.class);

  private final Map<String, ChatChannel> channels;

  public ChannelRouter(List<ChatChannel> channels) {
    this.channels =
        channels.stream()
            .collect(Collectors.toUnmodifiableMap(ChatChannel::name, Function.identity()));
  }

  public Delivery send(Leader leader, List<Reply> replies) {
    return channelFor(leader)
        .map(channel -> channel.send(leader, replies))
        .orElseGet(() -> Delivery.unreachable("no chat platform linked for this leader"));
  }

  /** As {@link #send}, paced by the platform and without holding the caller's thread. */
  public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
    return channelFor(leader)
        .map(channel -> channel.deliver(leader, dispatch))
        .orElseGet(
            () ->
                CompletableFuture.completedFuture(
                    Delivery.unreachable("no chat platform linked for this leader")));
  }

  /** Whether the platform that would reach the leader opens each message on its turn. */
  public boolean opensOnTurn(Leader leader) {
    return channelFor(leader).map(ChatChannel::opensOnTurn).orElse(false);
  }

  /** Tells each platform which of these leaders {@link #deliver} will reach through it. */
  public void expect(Collection<Leader> leaders) {
    Map<ChatChannel, List<Leader>> byChannel = new HashMap<>();
    for (Leader leader : leaders) {
      channelFor(leader)
          .ifPresent(c -> byChannel.computeIfAbsent(c, none -> new ArrayList<>()).add(leader));
    }
    byChannel.forEach(ChatChannel::expect);
  }

  private Optional<ChatChannel> channelFor(Leader leader) {
    return leader.identities().stream()
        .map(identity -> channels.get(identity.channel()))
        .filter(Objects::nonNull)
        .findFirst();
  }

  /**
   * Whether each leader can be reached on the platform {@link #send} would use, with one read per
   * platform for them all. A platform whose store cannot be read says nothing against anyone.
   */
  public Map<LeaderId, Reach> reach(Collection<Leader> leaders) {
    Map<LeaderId, Reach> reach = new HashMap<>();
    Map<ChatChannel, List<Leader>> byChannel = new HashMap<>();
    for (Leader leader : leaders) {
      Optional<ChatChannel> channel = channelFor(leader);
      if (channel.isPresent()) {
        byChannel.computeIfAbsent(channel.get(), none -> new ArrayList<>()).add(leader);
        reach.put(leader.id(), Reach.on(channel.get().name()));
      } else if (leader.identities().isEmpty()) {
        reach.put(leader.id(), new Reach(null, Reach.Problem.NO_CHAT_IDENTITY));
      } else {
        String platform = leader.identities().get(0).channel();
        reach.put(leader.id(), new Reach(platform, Reach.Problem.PLATFORM_NOT_SET_UP));
      }
    }
    byChannel.forEach(
        (channel, theirs) -> {
          try {
            channel
                .problems(theirs)
                .forEach((id, problem) -> reach.put(id, new Reach(channel.name(), problem)));
          } catch (RuntimeException e) {
            log.warn("Could not read who {} cannot reach: {}", channel.name(), e.toString());
          }
        });
    return reach;
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
