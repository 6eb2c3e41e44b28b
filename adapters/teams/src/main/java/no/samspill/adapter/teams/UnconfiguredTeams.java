package no.samspill.adapter.teams;

import java.util.List;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;

/** Teams without an app id: nobody can be reached there, and callers are told so. */
class UnconfiguredTeams implements ChatChannel {

  @Override
  public String name() {
    return IncomingActivities.CHANNEL;
  }

  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    return Delivery.unreachable("Microsoft Teams is not configured");
  }

  @Override
  public Delivery post(ChannelAddress address, ChannelPost post) {
    return Delivery.unreachable("Microsoft Teams is not configured");
  }
}
