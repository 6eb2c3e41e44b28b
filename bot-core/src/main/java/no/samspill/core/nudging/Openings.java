package no.samspill.core.nudging;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.core.conversation.Reply;
import no.samspill.core.directory.Leader;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.StatusReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens claimed nudges when their message may leave: renews the claim, asks whether the nudge is
 * still wanted and makes its message. A paced platform opens each on its turn; for a platform that
 * sends at once, a batch's nudges are opened together, in a constant number of round trips.
 */
final class Openings {

  private static final Logger log = LoggerFactory.getLogger(Openings.class);

  private final Nudges nudges;
  private final NudgeMessages messages;
  private final Outcomes outcomes;
  private final Clock clock;
  private final Duration lease;

  Openings(Nudges nudges, NudgeMessages messages, Outcomes outcomes, Clock clock, Duration lease) {
    this.nudges = nudges;
    this.messages = messages;
    this.outcomes = outcomes;
    this.clock = clock;
    this.lease = lease;
  }

  Opening of(Nudge claimed, Leader leader, Runnable opened) {
    return new Opening(claimed, leader, opened);
  }

  /**
   * Opens these now, together: one renewal of their claims and one look at their reasons for all.
   * Those handed back meanwhile are left alone; each one's {@link Opening#open()} then answers what
   * was made here.
   */
  void openTogether(List<Opening> openings) {
    List<Opening> mine = openings.stream().filter(Opening::decide).toList();
    if (mine.isEmpty()) {
      return;
    }
    try {
      Map<String, Nudge> held =
          nudges
              .holdAllForSending(mine.stream().map(o -> o.claimed).toList(), clock.instant(), lease)
              .stream()
              .collect(Collectors.toMap(Nudge::id, Function.identity()));
      Set<String> wanted = messages.wanted(held.values());
      for (Opening opening : mine) {
        Nudge renewed = held.get(opening.claimed.id());
        opening.prepared =
            renewed == null
                ? opening.takenOver()
                : opening.checked(
                    wanted.contains(renewed.id())
                        ? messages.made(renewed, opening.leader)
                        : Optional.empty());
      }
    } catch (RuntimeException e) {
      // As when one renewal fails on its turn: the platform's open() throws it.
      mine.forEach(o -> o.failure = e);
    }
  }

  /**
   * One claimed nudge on its way: opened when its turn comes (renew the claim, make the message),
   * or handed back on shutdown if that comes first; never both.
   */
  final class Opening {
    private final Nudge claimed;
    private final Leader leader;
    private final AtomicBoolean decided = new AtomicBoolean();

    /** Whether this instance dealt with the nudge; completes when its outcome is recorded. */
    final CompletableFuture<Boolean> outcome = new CompletableFuture<>();

    private volatile boolean taken;

    /** The message made by {@link #openTogether}, if it opened this one. */
    private volatile Optional<List<Reply>> prepared;

    private volatile RuntimeException failure;

    /** Its cancellation, when opening found it no longer wanted. */
    private volatile CompletableFuture<Boolean> cancelled;

    /** Runs once this claim is no longer waiting to be opened. */
    private final Runnable opened;

    private Opening(Nudge claimed, Leader leader, Runnable opened) {
      this.claimed = claimed;
      this.leader = leader;
      this.opened = opened;
    }

    /** Planned again for any instance, unless its message was already opened (it is in flight). */
    boolean handBack() {
      if (!decided.compareAndSet(false, true)) {
        return false;
      }
      opened.run();
      try {
        nudges.release(claimed);
      } catch (RuntimeException e) {
        // Storage away while stopping: the claim is left to its lease, as after a crash.
        log.warn("Nudge {} could not be handed back: {}", claimed.id(), e.toString());
      }
      taken = true;
      outcome.complete(false);
      return true;
    }

    Optional<List<Reply>> open() {
      if (failure != null) {
        throw failure;
      }
      if (prepared != null) {
        return prepared;
      }
      if (!decide()) {
        // Handed back at shutdown while it waited for its turn.
        return Optional.empty();
      }
      Optional<Nudge> held = nudges.holdForSending(claimed, clock.instant(), lease);
      return held.isEmpty() ? takenOver() : checked(messages.of(held.get(), leader));
    }

    /** Whether this instance dealt with a nudge its platform withdrew (not opened, or not sent). */
    CompletableFuture<Boolean> withdrawn() {
      CompletableFuture<Boolean> cancelling = cancelled;
      return cancelling == null
          ? CompletableFuture.completedFuture(!taken)
          : cancelling.thenApply(recorded -> !taken);
    }

    private boolean decide() {
      if (!decided.compareAndSet(false, true)) {
        return false;
      }
      opened.run();
      return true;
    }

    private Optional<List<Reply>> takenOver() {
      log.info("Nudge {} was taken over by another instance before it was sent", claimed.id());
      taken = true;
      return Optional.empty();
    }

    private Optional<List<Reply>> checked(Optional<List<Reply>> message) {
      if (message.isEmpty()) {
        cancelled =
            outcomes.record(
                claimed,
                NudgeStatus.CANCELLED,
                claimed.kind() == NudgeKind.MEETING_ENDED
                    ? StatusReason.MEETING_CANCELLED_OR_BODY_NO_LONGER_FOLLOWED.text()
                    : StatusReason.ALREADY_ANSWERED.text());
      }
      return message;
    }
  }
}
