package no.samspill.core.delivery;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import no.samspill.core.conversation.Reply;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;

/**
 * Port: one chat platform's way to reach people unprompted. An implementation retries transient
 * failures itself (429 with Retry-After, 5xx, time-outs) and reports the final outcome.
 */
public interface ChatChannel {

  /** The platform name, as in {@link no.samspill.core.directory.ChatIdentity#channel()}. */
  String name();

  /** Sends replies to the leader's personal chat on this platform. */
  Delivery send(Leader leader, List<Reply> replies);

  /**
   * Sends a dispatched message when the platform's limits allow, without holding the caller's
   * thread. Paced platforms override this; the default opens and sends at once.
   */
  default CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
    Optional<List<Reply>> replies = dispatch.opener().open();
    return CompletableFuture.completedFuture(
        replies.isEmpty() ? Delivery.withdrawn("not opened") : send(leader, replies.get()));
  }

  /**
   * Whether {@link #deliver} queues a message and opens it only when the platform's pace lets it
   * leave. A platform whose deliver opens at once (the default) gets a batch's messages opened
   * together right before they are handed to it: one renewal of their claims for all of them. Every
   * platform that overrides deliver to wait for a turn must answer true.
   */
  default boolean opensOnTurn() {
    return false;
  }

  /**
   * The leaders a batch of {@link #deliver} calls is about to reach: a channel may read what it
   * needs for all of them in one round trip instead of one per message. Only a hint.
   */
  default void expect(Collection<Leader> leaders) {}

  /**
   * The longest one delivery can take from {@link Dispatch.Opener#open()} to its outcome, retries
   * included: a claim's lease must be longer, or another instance could take over mid-send.
   */
  default Duration longestDelivery() {
    return Duration.ofSeconds(30);
  }

  /**
   * What this platform knows to stand in the way of reaching these leaders, read for all of them at
   * once (never one look-up per leader); a leader it does not name is reachable as far as it knows.
   */
  default Map<LeaderId, Reach.Problem> problems(Collection<Leader> leaders) {
    return Map.of();
  }

  /** Forgets what this platform keeps to reach the user (see {@link PlatformReferences}). */
  default void forget(ChatIdentity identity) {}

  /** Posts to a shared channel on this platform. */
  Delivery post(ChannelAddress address, ChannelPost post);
}
