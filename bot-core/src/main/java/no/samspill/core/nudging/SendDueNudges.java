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
import no.samspill.core.conversation.Reply;
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
import no.samspill.core.schedule.WorkingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: sends every due nudge exactly once across instances. Nudges are claimed in batches
 * under a fencing token; each is handed to its platform, which paces it by that platform's limits
 * without holding a thread; right before its first message leaves, the claim is checked and its
 * lease extended ({@link Nudges#holdForSending}), so a nudge that waited past its lease and was
 * taken over elsewhere is dropped here, never sent twice. No more nudges are claimed than may be in
 * flight at once. On shutdown, claims not yet opened are handed back at once (another instance may
 * send them without waiting for the lease) and the sends already opened are finished.
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
  private final NudgeMessages messages;
  private final DispatchMetrics metrics;
  private final AtomicLong claims = new AtomicLong();
  private final AtomicBoolean stopping = new AtomicBoolean();

  /** Nudges this instance claimed whose outcome is not known yet, opened or not. */
  private final Set<Opening> live = ConcurrentHashMap.newKeySet();

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
    this.messages = new NudgeMessages(reasons, startReflection, meetingEnded);
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
    AtomicLong outcomes = new AtomicLong();
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
      for (Nudge nudge : batch) {
        Runnable opened = unopened.oneSlot();
        dispatch(
                nudge,
                Optional.ofNullable(recipients.get(nudge.leaderId())),
                tenantPolicies.computeIfAbsent(nudge.tenantId(), policies::of),
                opened)
            .whenComplete(
                (dealtWith, error) -> {
                  // Also for a nudge its platform refused before opening it.
                  opened.run();
                  if (error != null) {
                    log.error("Nudge {} could not be dealt with", nudge.id(), error);
                  } else if (dealtWith) {
                    handled.incrementAndGet();
                  }
                  outcomes.incrementAndGet();
                  room.giveBack(1);
                  if (open.decrementAndGet() == 0) {
                    metrics.batchDone(batch.size(), Duration.ofNanos(System.nanoTime() - claimed));
                  }
                });
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
      long seen = outcomes.get();
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
    for (Opening opening : List.copyOf(live)) {
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

  /** Completes with whether this instance dealt with the nudge (false: taken over elsewhere). */
  private CompletableFuture<Boolean> dispatch(
      Nudge nudge, Optional<Leader> leader, SchedulePolicy policy, Runnable opened) {
    Instant now = clock.instant();
    if (nudge.dueAt().plus(policy.staleAfter()).isBefore(now)) {
      finish(nudge, NudgeStatus.EXPIRED, "stale: due " + nudge.dueAt() + ", not sent in time");
      return CompletableFuture.completedFuture(true);
    }
    if (leader.isEmpty()) {
      finish(nudge, NudgeStatus.CANCELLED, "leader no longer exists");
      return CompletableFuture.completedFuture(true);
    }
    Opening opening = new Opening(nudge, leader.get(), opened);
    // Registered before the check, so either stop() or this hands it back if stopping.
    live.add(opening);
    opening.outcome.whenComplete((dealtWith, error) -> live.remove(opening));
    if (stopping.get()) {
      opening.handBack();
      return opening.outcome;
    }
    Dispatch dispatch = new Dispatch(nudge.id(), nudge.sendingAt(), opening::open);
    channels
        .deliver(leader.get(), dispatch)
        .handle(
            (delivery, error) ->
                error == null && delivery.outcome() == Delivery.Outcome.WITHDRAWN
                    ? !opening.taken
                    : record(
                        nudge,
                        leader.get(),
                        policy,
                        error == null ? delivery : Delivery.failed(describe(error))))
        .whenComplete(
            (dealtWith, error) -> {
              if (error != null) {
                opening.outcome.completeExceptionally(error);
              } else {
                opening.outcome.complete(dealtWith);
              }
            });
    return opening.outcome;
  }

  private boolean record(Nudge nudge, Leader leader, SchedulePolicy policy, Delivery delivery) {
    Instant now = clock.instant();
    switch (delivery.outcome()) {
      case DELIVERED -> {
        if (finish(nudge, NudgeStatus.SENT, null) && nudge.kind() == NudgeKind.CASE_FLOW) {
          WorkingTime working = new WorkingTime(policy, holidays);
          nudges.plan(nudge.reminder(working.nextWorkingDayMorning(now, leader.timeZone())));
        }
      }
      case UNREACHABLE -> finish(nudge, NudgeStatus.FAILED, "unreachable: " + delivery.detail());
      case FAILED -> {
        if (nudge.attempts() >= MAX_ATTEMPTS) {
          finish(nudge, NudgeStatus.FAILED, "gave up: " + delivery.detail());
        } else if (nudges.retryLater(nudge, now.plus(settings.retryAfter()), delivery.detail())) {
          metrics.retried(nudge.kind());
        }
      }
      case WITHDRAWN -> {
        // The opening recorded why: handed back, taken over, or no longer wanted.
      }
    }
    return true;
  }

  /**
   * One claimed nudge on its way: opened when its turn comes (renew the claim, make the message),
   * or handed back on shutdown if that comes first; never both.
   */
  private final class Opening {
    private final Nudge claimed;
    private final Leader leader;
    private final AtomicBoolean decided = new AtomicBoolean();

    /** Whether this instance dealt with the nudge; completes when its outcome is recorded. */
    private final CompletableFuture<Boolean> outcome = new CompletableFuture<>();

    private volatile boolean taken;

    /** Runs once this claim is no longer waiting to be opened. */
    private final Runnable opened;

    Opening(Nudge claimed, Leader leader, Runnable opened) {
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
      if (!decided.compareAndSet(false, true)) {
        // Handed back at shutdown while it waited for its turn.
        return Optional.empty();
      }
      opened.run();
      Optional<Nudge> held = nudges.holdForSending(claimed, clock.instant(), settings.lease());
      if (held.isEmpty()) {
        log.info("Nudge {} was taken over by another instance before it was sent", claimed.id());
        taken = true;
        return Optional.empty();
      }
      Optional<List<Reply>> message = messages.of(held.get(), leader);
      if (message.isEmpty()) {
        finish(
            claimed,
            NudgeStatus.CANCELLED,
            claimed.kind() == NudgeKind.MEETING_ENDED
                ? "meeting cancelled or body no longer followed"
                : "already answered");
      }
      return message;
    }
  }

  private boolean finish(Nudge nudge, NudgeStatus status, String reason) {
    Instant at = clock.instant();
    boolean recorded = nudges.finish(nudge, status, reason, at);
    if (recorded) {
      metrics.finished(nudge.kind(), status, Duration.between(nudge.dueAt(), at));
    } else {
      log.warn(
          "Nudge {} was taken over by another instance before its outcome was recorded",
          nudge.id());
    }
    return recorded;
  }

  private static String describe(Throwable error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    return cause.getClass().getSimpleName();
  }
}
