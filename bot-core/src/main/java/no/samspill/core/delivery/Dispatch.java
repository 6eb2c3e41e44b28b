package no.samspill.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.samspill.core.conversation.Reply;

/**
 * One unprompted message on its way to a leader, as the dispatcher hands it to a channel. The
 * channel calls {@link Opener#open()} when the message's turn has come, right before the first call
 * that leaves the process: only then is the claim renewed and the message made, so a message that
 * waited in a queue past its claim is never sent by two instances.
 *
 * @param key idempotency key, the same for every attempt at this message
 * @param earlierAttempt when an earlier holder began sending and never recorded the outcome (it
 *     crashed in between); null if none did. A channel that can look back (Slack's message
 *     metadata) skips what already arrived.
 */
public record Dispatch(String key, Instant earlierAttempt, Opener opener) {

  /** Renews the claim and builds the message; empty when nothing may or need be sent. */
  @FunctionalInterface
  public interface Opener {
    Optional<List<Reply>> open();
  }

  public Dispatch {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(opener, "opener");
  }

  /** A message that is ready now and was never attempted before (tests, demo sends). */
  public static Dispatch of(String key, List<Reply> replies) {
    return new Dispatch(key, null, () -> Optional.of(replies));
  }
}
