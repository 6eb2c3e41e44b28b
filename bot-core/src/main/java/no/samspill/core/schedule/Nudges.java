package no.samspill.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Port: the durable store of nudges, and the atomic claim that makes sending exactly-once. */
public interface Nudges {

  /**
   * Stores a planned nudge under its key. A new key is inserted; an existing PLANNED nudge moves to
   * the new due time; one cancelled while still planned (never claimed, so never sent) is planned
   * again; a claimed or finished one is left alone, so re-planning never resends.
   */
  void plan(Nudge nudge);

  /** Cancels one nudge by its key if it is still planned (never claimed); false otherwise. */
  boolean cancelPlanned(String id, String reason);

  /** Cancels the still-planned nudges about a meeting; returns how many. */
  int cancelPlanned(TenantId tenant, MeetingId meeting, String reason);

  /**
   * How many still-planned nudges are about one of the meetings: what cancelling them would hit.
   */
  int countPlanned(TenantId tenant, Collection<MeetingId> meetings);

  /**
   * Cancels the still-planned nudges in scope whose keys are not kept, that is what a re-plan of
   * that scope no longer yields; returns how many.
   */
  int cancelPlannedExcept(NudgeScope scope, Set<String> keep, String reason);

  /**
   * Claims up to {@code limit} due nudges under the fencing token {@code claim} (unique per call):
   * planned ones due by {@code now}, and claimed ones whose lease ran out (their holder died or
   * fell behind). Each nudge is claimed by exactly one caller; a later claim replaces the token, so
   * the earlier holder can no longer send or record it.
   */
  List<Nudge> claimDue(Instant now, Duration lease, String claim, int limit);

  /**
   * Right before sending: if the claim is still this holder's, extends its lease to {@code now +
   * lease} and marks that sending began; empty if another instance has taken it over.
   */
  Optional<Nudge> holdForSending(Nudge claimed, Instant now, Duration lease);

  /**
   * {@link #holdForSending} for claims opened together (a platform that sends at once), in a
   * constant number of round trips; returns those still this holder's, renewed, in their order.
   */
  default List<Nudge> holdAllForSending(List<Nudge> claimed, Instant now, Duration lease) {
    return claimed.stream().flatMap(c -> holdForSending(c, now, lease).stream()).toList();
  }

  /** Records a final outcome, only if this holder still holds the claim; false otherwise. */
  boolean finish(Nudge claimed, NudgeStatus status, String reason, Instant at);

  /** One final outcome of a claimed nudge, as {@link #finish} takes it. */
  record Outcome(Nudge claimed, NudgeStatus status, String reason, Instant at) {}

  /**
   * {@link #finish} for many outcomes in one round trip (more only when some claim was taken over);
   * returns the ids of the nudges whose outcome was recorded.
   */
  default Set<String> finishAll(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(o -> finish(o.claimed(), o.status(), o.reason(), o.at()))
        .map(o -> o.claimed().id())
        .collect(Collectors.toSet());
  }

  /** Puts a claimed nudge back as planned for a later try. */
  boolean retryLater(Nudge claimed, Instant dueAt, String reason);

  /** Hands back a claim that was never sent (shutting down): planned again, the attempt undone. */
  boolean release(Nudge claimed);

  /** The leader's planned nudges from the given time, soonest first. */
  List<Nudge> upcoming(LeaderId leader, Instant from, int limit);

  /** Every nudge about the case, whatever its state, soonest first, at most {@code limit}. */
  List<Nudge> findByCase(TenantId tenant, CaseId caseId, int limit);

  /** The earliest moment any nudge is due (planned) or any lease runs out (claimed). */
  Optional<Instant> nextWakeUp();

  List<Nudge> find(TenantId tenant, NudgeStatus status, int limit);

  /**
   * Deletes the tenant's sent, failed, expired and cancelled nudges due before {@code cutoff}
   * (retention); returns how many. Planned and claimed ones stay whatever their age.
   */
  long purgeFinishedBefore(TenantId tenant, Instant cutoff);

  /** Deletes every nudge of the leader, whatever its state (their data is erased). */
  long deleteByLeader(LeaderId leader);

  /** How many case-flow nudges went out to the tenant's leaders in [from, to). */
  int countSent(TenantId tenant, Instant from, Instant to);
}
