package no.samspill.core.nudging;

import java.util.List;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;

/** A test platform reached only through {@link ChatChannel#deliver}, as the dispatcher does. */
abstract class DispatchOnlyChannel implements ChatChannel {

  @Override
  public String name() {
    return "web";
  }

  @Override
  public boolean opensOnTurn() {
    return true;
  }

  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    throw new UnsupportedOperationException("dispatch goes through deliver");
  }

  @Override
  public Delivery post(ChannelAddress address, ChannelPost post) {
    return Delivery.delivered();
  }
}
