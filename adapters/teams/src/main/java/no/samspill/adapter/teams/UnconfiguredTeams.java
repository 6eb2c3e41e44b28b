package no.samspill.adapter.teams;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Reach;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;

/** Teams without an app id: nobody can be reached there, and callers are told so. */
class UnconfiguredTeams implements ChatChannel {

  @Override
  public String name() {
    return IncomingActivities.CHANNEL;
  }

  @Override
  public Map<LeaderId, Reach.Problem> problems(Collection<Leader> leaders) {
    Map<LeaderId, Reach.Problem> problems = new HashMap<>();
    leaders.forEach(leader -> problems.put(leader.id(), Reach.Problem.PLATFORM_NOT_SET_UP));
    return problems;
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
