package no.samspill.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;

/** A chat platform that answers at once and remembers whom it was asked to reach. */
final class RecordingChannel implements ChatChannel {

  static final String NAME = "recording";

  private final List<LeaderId> recipients = Collections.synchronizedList(new ArrayList<>());
  private final Map<LeaderId, Instant> earlierAttempts = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    recipients.add(leader.id());
    return Delivery.delivered();
  }

  /** Sends at once, as the default does, noting when an earlier holder began sending. */
  @Override
  public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
    if (dispatch.earlierAttempt() != null) {
      earlierAttempts.put(leader.id(), dispatch.earlierAttempt());
    }
    return ChatChannel.super.deliver(leader, dispatch);
  }

  @Override
  public Delivery post(ChannelAddress address, ChannelPost post) {
    return Delivery.delivered();
  }

  /** The leaders whose message an earlier holder had begun to send, and when it began. */
  Map<LeaderId, Instant> earlierAttempts() {
    return Map.copyOf(earlierAttempts);
  }

  List<LeaderId> recipients() {
    synchronized (recipients) {
      return List.copyOf(recipients);
    }
  }
}
