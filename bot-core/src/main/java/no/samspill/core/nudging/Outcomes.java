package no.samspill.core.nudging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the dispatcher's final outcomes in groups (group commit): the outcomes that arrive while
 * one group is being written, or while a batch is being handed out, are written together in one
 * round trip ({@link Nudges#finishAll}). Each outcome is still conditional on its own claim.
 */
final class Outcomes {

  private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

  private record Pending(Nudges.Outcome outcome, CompletableFuture<Boolean> recorded) {}

  private final Nudges nudges;
  private final DispatchMetrics metrics;
  private final Clock clock;
  private final List<Pending> pending = new ArrayList<>();
  private int deferring;
  private boolean writing;

  Outcomes(Nudges nudges, DispatchMetrics metrics, Clock clock) {
    this.nudges = nudges;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Records a final outcome if this holder still holds the claim; completes with whether it was
   * recorded, once its group is written (exceptionally if the store failed).
   */
  CompletableFuture<Boolean> record(Nudge claimed, NudgeStatus status, String reason) {
    CompletableFuture<Boolean> recorded = new CompletableFuture<>();
    synchronized (this) {
      pending.add(
          new Pending(new Nudges.Outcome(claimed, status, reason, clock.instant()), recorded));
      if (deferring > 0 || writing) {
        return recorded;
      }
      writing = true;
    }
    writeAll();
    return recorded;
  }

  /** Holds writes back until {@link #resume}: outcomes of a batch handed out now go together. */
  synchronized void defer() {
    deferring++;
  }

  /** Ends a {@link #defer} and writes what waited, unless a write is under way (it takes them). */
  void resume() {
    synchronized (this) {
      deferring--;
      if (deferring > 0 || writing || pending.isEmpty()) {
        return;
      }
      writing = true;
    }
    writeAll();
  }

  /** Writes groups until none is left; what arrives meanwhile joins the next group. */
  private void writeAll() {
    while (true) {
      List<Pending> group;
      synchronized (this) {
        if (pending.isEmpty() || deferring > 0) {
          writing = false;
          return;
        }
        group = List.copyOf(pending);
        pending.clear();
      }
      write(group);
    }
  }

  private void write(List<Pending> group) {
    Set<String> recorded;
    try {
      recorded = nudges.finishAll(group.stream().map(Pending::outcome).toList());
    } catch (RuntimeException e) {
      group.forEach(p -> p.recorded().completeExceptionally(e));
      return;
    }
    for (Pending p : group) {
      Nudges.Outcome outcome = p.outcome();
      boolean done = recorded.contains(outcome.claimed().id());
      if (done) {
        metrics.finished(
            outcome.claimed().kind(),
            outcome.status(),
            Duration.between(outcome.claimed().dueAt(), outcome.at()));
      } else {
        log.warn(
            "Nudge {} was taken over by another instance before its outcome was recorded",
            outcome.claimed().id());
      }
      p.recorded().complete(done);
    }
  }
}
