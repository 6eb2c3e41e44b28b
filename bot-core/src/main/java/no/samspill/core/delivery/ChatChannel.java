package no.samspill.core.delivery;

import java.util.List;
import no.samspill.core.conversation.Reply;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;

/**
 * Port: one chat platform's way to reach people unprompted. An implementation retries transient
 * failures itself (429 with Retry-After, 5xx, time-outs) and reports the final outcome.
 */
public interface ChatChannel {

  /** The platform name, as in {@link no.samspill.core.directory.ChatIdentity#channel()}. */
  String name();

  /** Sends replies to the leader's personal chat on this platform. */
  Delivery send(Leader leader, List<Reply> replies);

  /** Posts to a shared channel on this platform. */
  Delivery post(ChannelAddress address, ChannelPost post);
}
