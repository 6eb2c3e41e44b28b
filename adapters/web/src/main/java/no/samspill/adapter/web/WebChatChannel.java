package no.samspill.adapter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;

/**
 * The demo web chat as a channel: messages sent unprompted wait in an inbox until the page picks
 * them up. The inbox lives in memory — the web chat is a local demo, not a delivery channel.
 */
final class WebChatChannel implements ChatChannel {

  private final Map<LeaderId, List<Reply>> inboxes = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return WebChatController.CHANNEL;
  }

  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    inboxes.compute(
        leader.id(),
        (id, waiting) -> {
          List<Reply> more = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
          more.addAll(replies);
          return more;
        });
    return Delivery.delivered();
  }

  @Override
  public Delivery post(ChannelAddress address, ChannelPost post) {
    return Delivery.unreachable("the web chat has no shared channels yet");
  }

  /** Everything waiting for the leader, removed from the inbox. */
  List<Reply> take(LeaderId leader) {
    List<Reply> waiting = inboxes.remove(leader);
    return waiting == null ? List.of() : waiting;
  }
}
