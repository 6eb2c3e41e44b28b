package no.samspill.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeScope;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.StatusReason;

/** Nudges in a map, with the port's claim and lease rules; every method is atomic. */
public final class InMemoryNudges implements Nudges {

  private final Map<String, Nudge> byId = new LinkedHashMap<>();

  /** The stored state of one nudge, as the next reader would see it. */
  public synchronized Optional<Nudge> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized long purgeFinishedBefore(TenantId tenant, Instant cutoff) {
    return removeIf(
        n -> n.tenantId().equals(tenant) && n.status().isFinal() && n.dueAt().isBefore(cutoff));
  }

  @Override
  public synchronized long deleteByLeader(LeaderId leader) {
    return removeIf(n -> leader.equals(n.leaderId()));
  }

  private long removeIf(java.util.function.Predicate<Nudge> doomed) {
    int before = byId.size();
    byId.values().removeIf(doomed);
    return before - byId.size();
  }

  @Override
  public synchronized void plan(Nudge nudge) {
    Nudge existing = byId.get(nudge.id());
    if (existing == null) {
      byId.put(nudge.id(), nudge);
    } else if (existing.status() == NudgeStatus.PLANNED || withdrawn(existing)) {
      String reason = existing.status() == NudgeStatus.PLANNED ? existing.reason() : null;
      byId.put(
          nudge.id(),
          with(
              existing,
              NudgeStatus.PLANNED,
              nudge.dueAt(),
              null,
              null,
              existing.attempts(),
              reason,
              null,
              null));
    }
  }

  /** Cancelled before any instance claimed it, so never sent. */
  private static boolean withdrawn(Nudge nudge) {
    return nudge.status() == NudgeStatus.CANCELLED && nudge.claimedBy() == null;
  }

  @Override
  public synchronized boolean cancelPlanned(String id, String reason) {
    return cancel(all().filter(n -> n.id().equals(id)), reason) == 1;
  }

  @Override
  public synchronized int cancelPlanned(TenantId tenant, MeetingId meeting, String reason) {
    return cancel(
        all().filter(n -> n.tenantId().equals(tenant) && meeting.equals(n.meetingId())), reason);
  }

  @Override
  public synchronized int countPlanned(TenantId tenant, Collection<MeetingId> meetings) {
    return (int)
        all()
            .filter(n -> n.tenantId().equals(tenant) && n.status() == NudgeStatus.PLANNED)
            .filter(n -> n.meetingId() != null && meetings.contains(n.meetingId()))
            .count();
  }

  @Override
  public synchronized int cancelPlannedExcept(NudgeScope scope, Set<String> keep, String reason) {
    return cancel(all().filter(scope::covers).filter(n -> !keep.contains(n.id())), reason);
  }

  private int cancel(Stream<Nudge> candidates, String reason) {
    known(reason);
    List<Nudge> hits = candidates.filter(n -> n.status() == NudgeStatus.PLANNED).toList();
    hits.forEach(
        n ->
            byId.put(
                n.id(),
                with(
                    n,
                    NudgeStatus.CANCELLED,
                    n.dueAt(),
                    null,
                    null,
                    n.attempts(),
                    reason,
                    null,
                    null)));
    return hits.size();
  }

  @Override
  public synchronized List<Nudge> claimDue(Instant now, Duration lease, String claim, int limit) {
    List<Nudge> claimed =
        all()
            .filter(
                n ->
                    n.status() == NudgeStatus.PLANNED && !n.dueAt().isAfter(now)
                        || n.status() == NudgeStatus.CLAIMED && n.leaseUntil().isBefore(now))
            .sorted(Comparator.comparing(Nudge::dueAt))
            .limit(limit)
            .map(
                n ->
                    with(
                        n,
                        NudgeStatus.CLAIMED,
                        n.dueAt(),
                        claim,
                        now.plus(lease),
                        n.attempts() + 1,
                        n.reason(),
                        null,
                        n.sendingAt()))
            .toList();
    claimed.forEach(n -> byId.put(n.id(), n));
    return claimed;
  }

  @Override
  public synchronized boolean finish(Nudge claimed, NudgeStatus status, String reason, Instant at) {
    if (reason != null) {
      known(reason);
    }
    if (!held(claimed)) {
      return false;
    }
    byId.put(
        claimed.id(),
        with(
            claimed,
            status,
            claimed.dueAt(),
            claimed.claimedBy(),
            null,
            claimed.attempts(),
            reason,
            status == NudgeStatus.SENT ? at : null,
            claimed.sendingAt()));
    return true;
  }

  @Override
  public synchronized Optional<Nudge> holdForSending(Nudge claimed, Instant now, Duration lease) {
    if (!held(claimed)) {
      return Optional.empty();
    }
    Nudge current = byId.get(claimed.id());
    Nudge sending =
        with(
            current,
            NudgeStatus.CLAIMED,
            current.dueAt(),
            current.claimedBy(),
            now.plus(lease),
            current.attempts(),
            current.reason(),
            null,
            now);
    byId.put(claimed.id(), sending);
    return Optional.of(sending);
  }

  @Override
  public synchronized boolean release(Nudge claimed) {
    if (!held(claimed)) {
      return false;
    }
    Nudge current = byId.get(claimed.id());
    byId.put(
        claimed.id(),
        with(
            current,
            NudgeStatus.PLANNED,
            current.dueAt(),
            null,
            null,
            Math.max(0, current.attempts() - 1),
            current.reason(),
            null,
            current.sendingAt()));
    return true;
  }

  @Override
  public synchronized boolean retryLater(Nudge claimed, Instant dueAt, String reason) {
    known(reason);
    if (!held(claimed)) {
      return false;
    }
    Nudge current = byId.get(claimed.id());
    byId.put(
        claimed.id(),
        with(
            current,
            NudgeStatus.PLANNED,
            dueAt,
            null,
            null,
            current.attempts(),
            reason,
            null,
            current.sendingAt()));
    return true;
  }

  @Override
  public synchronized List<Nudge> upcoming(LeaderId leader, Instant from, int limit) {
    return all()
        .filter(n -> n.leaderId().equals(leader) && n.status() == NudgeStatus.PLANNED)
        .filter(n -> !n.dueAt().isBefore(from))
        .sorted(Comparator.comparing(Nudge::dueAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<Nudge> findByCase(TenantId tenant, CaseId caseId, int limit) {
    return all()
        .filter(n -> n.tenantId().equals(tenant) && caseId.equals(n.caseId()))
        .sorted(Comparator.comparing(Nudge::dueAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Optional<Instant> nextWakeUp() {
    return all()
        .filter(n -> n.status() == NudgeStatus.PLANNED || n.status() == NudgeStatus.CLAIMED)
        .map(n -> n.status() == NudgeStatus.PLANNED ? n.dueAt() : n.leaseUntil())
        .min(Comparator.naturalOrder());
  }

  @Override
  public synchronized List<Nudge> find(TenantId tenant, NudgeStatus status, int limit) {
    return all()
        .filter(n -> n.tenantId().equals(tenant) && n.status() == status)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized int countSent(TenantId tenant, Instant from, Instant to) {
    return (int)
        all()
            .filter(n -> n.tenantId().equals(tenant) && n.status() == NudgeStatus.SENT)
            .filter(n -> n.kind() == no.samspill.core.schedule.NudgeKind.CASE_FLOW)
            .filter(n -> !n.sentAt().isBefore(from) && n.sentAt().isBefore(to))
            .count();
  }

  public synchronized List<Nudge> all(LeaderId leader) {
    return all().filter(n -> n.leaderId().equals(leader)).toList();
  }

  private boolean held(Nudge claimed) {
    Nudge current = byId.get(claimed.id());
    return current != null
        && current.status() == NudgeStatus.CLAIMED
        && Objects.equals(current.claimedBy(), claimed.claimedBy());
  }

  private Stream<Nudge> all() {
    return new ArrayList<>(byId.values()).stream();
  }

  private static Nudge with(
      Nudge n,
      NudgeStatus status,
      Instant due,
      String by,
      Instant lease,
      int attempts,
      String reason,
      Instant sentAt,
      Instant sendingAt) {
    return new Nudge(
        n.id(),
        n.tenantId(),
        n.leaderId(),
        n.kind(),
        n.phase(),
        n.caseId(),
        n.meetingId(),
        due,
        status,
        by,
        lease,
        attempts,
        reason,
        sentAt,
        sendingAt);
  }

  /** Every reason the core stores is one the console can say: the tests of the core prove it. */
  private static void known(String reason) {
    if (StatusReason.of(reason).isEmpty()) {
      throw new IllegalArgumentException("A reason the console cannot say: " + reason);
    }
  }
}
