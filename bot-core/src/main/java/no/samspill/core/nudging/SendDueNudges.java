package no.samspill.core.nudging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.PublicHolidays;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import no.samspill.core.schedule.StatusReason;
import no.samspill.core.schedule.WorkingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: sends every due nudge exactly once across instances. Nudges are claimed in batches
 * under a fencing token; each is handed to its platform, which paces it by that platform's limits
 * without holding a thread; right before its first message leaves, the claim is checked and its
 * lease extended ({@link Nudges#holdForSending}), so a nudge that waited past its lease and was
 * taken over elsewhere is dropped here, never sent twice. For a platform that sends at once, a
 * batch's nudges are opened together ({@link Openings#openTogether}) and their outcomes recorded
 * together ({@link Outcomes}), so a batch costs a constant number of round trips. No more nudges
 * are claimed than may be in flight at once. On shutdown, claims not yet opened are handed back at
 * once (another instance may send them without waiting for the lease) and the sends already opened
 * are finished.
 */
public class SendDueNudges {

  /** How many transient failures before a nudge is given up. */
  static final int MAX_ATTEMPTS = 3;

  private static final Logger log = LoggerFactory.getLogger(SendDueNudges.class);

  /**
   * Settings: this instance's name, how long a claim holds, when a failed send is tried again, how
   * many nudges are claimed per round trip and how many may be on their way at once.
   */
  public record Settings(
      String instance, Duration lease, Duration retryAfter, int batch, int maxInFlight) {

    public Settings(String instance, Duration lease, Duration retryAfter) {
      this(instance, lease, retryAfter, 200, 1000);
    }

    public Settings {
      if (batch < 1 || maxInFlight < batch) {
        throw new IllegalArgumentException("need 1 <= batch <= maxInFlight");
      }
    }
  }

  private final Nudges nudges;
  private final Leaders leaders;
  private final ChannelRouter channels;
  private final SchedulePolicies policies;
  private final PublicHolidays holidays;
  private final Settings settings;
  private final Clock clock;
  private final Outcomes outcomes;
  private final Openings openings;
  private final DispatchMetrics metrics;
  private final AtomicLong claims = new AtomicLong();
  private final AtomicBoolean stopping = new AtomicBoolean();

  /** Nudges this instance claimed whose outcome is not known yet, opened or not. */
  private final Set<Openings.Opening> live = ConcurrentHashMap.newKeySet();

  /** The runs of {@link #sendDue()} under way; a stop waits for them to hand back their batch. */
  private final Set<CompletableFuture<Void>> runs = ConcurrentHashMap.newKeySet();

  public SendDueNudges(
      Nudges nudges,
      Leaders leaders,
      NudgeReasons reasons,
      StartReflection startReflection,
      ChannelRouter channels,
      SchedulePolicies policies,
      PublicHolidays holidays,
      Settings settings,
      Clock clock,
      MeetingEndedMessage meetingEnded,
      DispatchMetrics metrics) {
    this.outcomes = new Outcomes(nudges, metrics, clock);
    this.openings =
        new Openings(
            nudges,
            new NudgeMessages(reasons, startReflection, meetingEnded),
            outcomes,
            clock,
            settings.lease());
    this.metrics = metrics;
    this.nudges = nudges;
    this.leaders = leaders;
    this.channels = channels;
    this.policies = policies;
    this.holidays = holidays;
    this.settings = settings;
    this.clock = clock;
  }

  /** Sends until nothing is due and everything claimed has an outcome; returns how many. */
  public int sendDue() {
    CompletableFuture<Void> run = new CompletableFuture<>();
    runs.add(run);
    try {
      return sendUntilDone();
    } finally {
      runs.remove(run);
      run.complete(null);
    }
  }

  private int sendUntilDone() {
    InFlight room = new InFlight(settings.maxInFlight(), settings.lease());
    // Claimed but not yet opened: no more than a batch, so an instance claims only as fast as its
    // platforms' pace opens them, and instances sharing a workspace's budget share its nudges.
    InFlight unopened = new InFlight(settings.batch(), settings.lease());
    AtomicInteger handled = new AtomicInteger();
    AtomicLong settled = new AtomicLong();
    boolean drained = false;
    long lastOutcomes = 0;
    long stalledSince = System.nanoTime();
    while (!stopping.get()) {
      // Claim only when a whole batch fits, so claims never pile up behind the platforms' pace.
      if (!room.take(settings.batch())) {
        break;
      }
      int ready = unopened.takeUpTo(Math.max(1, settings.batch() / 4), settings.batch());
      if (ready == 0) {
        room.giveBack(settings.batch());
        break;
      }
      long claiming = System.nanoTime();
      List<Nudge> batch = nudges.claimDue(clock.instant(), settings.lease(), nextClaim(), ready);
      long claimed = System.nanoTime();
      room.giveBack(settings.batch() - batch.size());
      unopened.giveBack(ready - batch.size());
      if (!batch.isEmpty()) {
        metrics.claimed(batch.size(), Duration.ofNanos(claimed - claiming));
      }
      AtomicInteger open = new AtomicInteger(batch.size());
      // One look-up per batch, not per nudge: a batch's nudges share few tenants and leaders.
      Map<LeaderId, Leader> recipients =
          batch.isEmpty()
              ? Map.of()
              : leaders.findAllById(batch.stream().map(Nudge::leaderId).distinct().toList());
      channels.expect(recipients.values());
      Map<TenantId, SchedulePolicy> tenantPolicies = new HashMap<>();
      List<Openings.Opening> atOnce = new ArrayList<>();
      List<Runnable> sends = new ArrayList<>();
      // The outcomes of a batch sent at once are written together when it has been handed out.
      outcomes.defer();
      try {
        for (Nudge nudge : batch) {
          Runnable opened = unopened.oneSlot();
          dispatch(
                  nudge,
                  Optional.ofNullable(recipients.get(nudge.leaderId())),
                  tenantPolicies.computeIfAbsent(nudge.tenantId(), policies::of),
                  opened,
                  atOnce,
                  sends)
              .whenComplete(
                  (dealtWith, error) -> {
                    // Also for a nudge its platform refused before opening it.
                    opened.run();
                    if (error != null) {
                      log.error("Nudge {} could not be dealt with", nudge.id(), error);
                    } else if (dealtWith) {
                      handled.incrementAndGet();
                    }
                    settled.incrementAndGet();
                    room.giveBack(1);
                    if (open.decrementAndGet() == 0) {
                      metrics.batchDone(
                          batch.size(), Duration.ofNanos(System.nanoTime() - claimed));
                    }
                  });
        }
        openings.openTogether(atOnce);
        sends.forEach(Runnable::run);
      } finally {
        outcomes.resume();
      }
      if (!batch.isEmpty()) {
        drained = false;
        continue;
      }
      // Nothing due now. While some nudges are still on their way (a slow or throttled lane),
      // look again every moment, so nudges falling due meanwhile are not held back behind them.
      if (room.allBackWithin(LOOK_AGAIN)) {
        if (drained) {
          break;
        }
        // Everything has an outcome: look once more (a retry or a lease may be due).
        drained = true;
        continue;
      }
      long seen = settled.get();
      if (Thread.currentThread().isInterrupted()) {
        break;
      } else if (seen != lastOutcomes) {
        lastOutcomes = seen;
        stalledSince = System.nanoTime();
      } else if (System.nanoTime() - stalledSince > settings.lease().toNanos()) {
        // A platform that never answers must not hold the dispatcher for ever.
        log.warn(
            "Nudges still on their way after {}; dispatch goes on at the next wake-up",
            settings.lease());
        return handled.get();
      }
    }
    room.take(settings.maxInFlight());
    return handled.get();
  }

  /** How long to wait for nudges on their way before looking for newly due ones. */
  private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

  /**
   * Stops claiming and hands back, at once, every claim whose message was not opened yet, so
   * another instance can send it without waiting for the lease. Completes when the sends already
   * opened have their outcome recorded and no run of {@link #sendDue()} is left.
   */
  public CompletableFuture<Void> stop() {
    stopping.set(true);
    List<CompletableFuture<?>> pending = new ArrayList<>(runs);
    int handedBack = 0;
    for (Openings.Opening opening : List.copyOf(live)) {
      if (opening.handBack()) {
        handedBack++;
      } else {
        pending.add(opening.outcome);
      }
    }
    if (handedBack > 0) {
      log.info("Handed back {} claimed nudges not yet sent", handedBack);
    }
    return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
  }

  private String nextClaim() {
    return settings.instance() + "#" + claims.incrementAndGet();
  }

  /**
   * Completes with whether this instance dealt with the nudge (false: taken over elsewhere). Its
   * send is added to {@code sends}, and its opening to {@code atOnce} if its platform sends at
   * once.
   */
  private CompletableFuture<Boolean> dispatch(
      Nudge nudge,
      Optional<Leader> leader,
      SchedulePolicy policy,
      Runnable opened,
      List<Openings.Opening> atOnce,
      List<Runnable> sends) {
    Instant now = clock.instant();
    if (nudge.dueAt().plus(policy.staleAfter()).isBefore(now)) {
      return outcomes
          .record(
              nudge,
              NudgeStatus.EXPIRED,
              StatusReason.STALE.with("due " + nudge.dueAt() + ", not sent in time"))
          .thenApply(recorded -> true);
    }
    if (leader.isEmpty()) {
      return outcomes
          .record(nudge, NudgeStatus.CANCELLED, StatusReason.LEADER_NO_LONGER_EXISTS.text())
          .thenApply(recorded -> true);
    }
    Openings.Opening opening = openings.of(nudge, leader.get(), opened);
    // Registered before the check, so either stop() or this hands it back if stopping.
    live.add(opening);
    opening.outcome.whenComplete((dealtWith, error) -> live.remove(opening));
    if (stopping.get()) {
      opening.handBack();
      return opening.outcome;
    }
    if (!channels.opensOnTurn(leader.get())) {
      atOnce.add(opening);
    }
    Dispatch dispatch = new Dispatch(nudge.id(), nudge.sendingAt(), opening::open);
    sends.add(
        () ->
            channels
                .deliver(leader.get(), dispatch)
                .handle(
                    (delivery, error) ->
                        error == null && delivery.outcome() == Delivery.Outcome.WITHDRAWN
                            ? opening.withdrawn()
                            : record(
                                nudge,
                                leader.get(),
                                policy,
                                error == null ? delivery : Delivery.failed(describe(error))))
                .thenCompose(dealtWith -> dealtWith)
                .whenComplete(
                    (dealtWith, error) -> {
                      if (error != null) {
                        opening.outcome.completeExceptionally(error);
                      } else {
                        opening.outcome.complete(dealtWith);
                      }
                    }));
    return opening.outcome;
  }

  /** Records the delivery's outcome; completes with true once it is written (or not ours). */
  private CompletableFuture<Boolean> record(
      Nudge nudge, Leader leader, SchedulePolicy policy, Delivery delivery) {
    Instant now = clock.instant();
    CompletableFuture<Boolean> recorded =
        switch (delivery.outcome()) {
          case DELIVERED ->
              outcomes
                  .record(nudge, NudgeStatus.SENT, null)
                  .thenApply(
                      sent -> {
                        if (sent && nudge.kind() == NudgeKind.CASE_FLOW) {
                          WorkingTime working = new WorkingTime(policy, holidays);
                          nudges.plan(
                              nudge.reminder(
                                  working.nextWorkingDayMorning(now, leader.timeZone())));
                        }
                        return sent;
                      });
          case UNREACHABLE ->
              outcomes.record(
                  nudge, NudgeStatus.FAILED, StatusReason.UNREACHABLE.with(delivery.detail()));
          case FAILED -> {
            if (nudge.attempts() >= MAX_ATTEMPTS) {
              yield outcomes.record(
                  nudge, NudgeStatus.FAILED, StatusReason.GAVE_UP.with(delivery.detail()));
            }
            if (nudges.retryLater(
                nudge,
                now.plus(settings.retryAfter()),
                StatusReason.RETRYING.with(delivery.detail()))) {
              metrics.retried(nudge.kind());
            }
            yield CompletableFuture.completedFuture(true);
          }
          // The opening recorded why: handed back, taken over, or no longer wanted.
          case WITHDRAWN -> CompletableFuture.completedFuture(true);
        };
    return recorded.thenApply(written -> true);
  }

  private static String describe(Throwable error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    return cause.getClass().getSimpleName();
  }
}
