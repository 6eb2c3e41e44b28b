package no.samspill.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;

/** A chat platform that answers at once and remembers whom it was asked to reach. */
final class RecordingChannel implements ChatChannel {

  static final String NAME = "recording";

  private final List<LeaderId> recipients = Collections.synchronizedList(new ArrayList<>());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    recipients.add(leader.id());
    return Delivery.delivered();
  }

  @Override
  public Delivery post(ChannelAddress address, ChannelPost post) {
    return Delivery.delivered();
  }

  List<LeaderId> recipients() {
    synchronized (recipients) {
      return List.copyOf(recipients);
    }
  }
}
