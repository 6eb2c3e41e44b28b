package no.samspill.core.nudging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.UnknownReferenceException;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.PublicHolidays;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import no.samspill.core.schedule.WorkingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: sends every due nudge once. Each nudge is claimed with a lease before sending and its
 * outcome recorded right after, so a second instance never sends it too and an instance that dies
 * between claim and send leaves it to be picked up when the lease runs out.
 */
public class SendDueNudges {

  /** How many transient failures before a nudge is given up. */
  static final int MAX_ATTEMPTS = 3;

  /**
   * Nudges claimed per scan: fewer scans are faster (bench/nudge-dispatch.sh), and the lease must
   * still cover sending a whole batch.
   */
  static final int BATCH = 200;

  private static final Logger log = LoggerFactory.getLogger(SendDueNudges.class);

  /** Settings: this instance's name and how long a claim holds. */
  public record Settings(String instance, Duration lease, Duration retryAfter) {}

  private final Nudges nudges;
  private final Leaders leaders;
  private final Reflections reflections;
  private final StartReflection startReflection;
  private final ChannelRouter channels;
  private final SchedulePolicies policies;
  private final PublicHolidays holidays;
  private final Settings settings;
  private final Clock clock;
  private final MeetingEndedMessage meetingEnded;

  public SendDueNudges(
      Nudges nudges,
      Leaders leaders,
      Reflections reflections,
      StartReflection startReflection,
      ChannelRouter channels,
      SchedulePolicies policies,
      PublicHolidays holidays,
      Settings settings,
      Clock clock,
      MeetingEndedMessage meetingEnded) {
    this.meetingEnded = meetingEnded;
    this.nudges = nudges;
    this.leaders = leaders;
    this.reflections = reflections;
    this.startReflection = startReflection;
    this.channels = channels;
    this.policies = policies;
    this.holidays = holidays;
    this.settings = settings;
    this.clock = clock;
  }

  /** Sends until nothing is due; returns how many nudges this call dealt with. */
  public int sendDue() {
    int handled = 0;
    List<Nudge> batch;
    do {
      batch = nudges.claimDue(clock.instant(), settings.lease(), settings.instance(), BATCH);
      for (Nudge nudge : batch) {
        dispatch(nudge);
        handled++;
      }
    } while (!batch.isEmpty());
    return handled;
  }

  void dispatch(Nudge nudge) {
    Instant now = clock.instant();
    SchedulePolicy policy = policies.of(nudge.tenantId());
    if (nudge.dueAt().plus(policy.staleAfter()).isBefore(now)) {
      finish(nudge, NudgeStatus.EXPIRED, "stale: due " + nudge.dueAt() + ", not sent in time");
      return;
    }
    Optional<Leader> leader = leaders.findById(nudge.leaderId());
    if (leader.isEmpty()) {
      finish(nudge, NudgeStatus.CANCELLED, "leader no longer exists");
      return;
    }
    Optional<List<Reply>> message = message(nudge, leader.get());
    if (message.isEmpty()) {
      finish(
          nudge,
          NudgeStatus.CANCELLED,
          nudge.kind() == NudgeKind.MEETING_ENDED
              ? "meeting cancelled or body no longer followed"
              : "already answered");
      return;
    }
    Delivery delivery = channels.send(leader.get(), message.get());
    switch (delivery.outcome()) {
      case DELIVERED -> {
        if (finish(nudge, NudgeStatus.SENT, null) && nudge.kind() == NudgeKind.CASE_FLOW) {
          WorkingTime working = new WorkingTime(policy, holidays);
          nudges.plan(nudge.reminder(working.nextWorkingDayMorning(now, leader.get().timeZone())));
        }
      }
      case UNREACHABLE -> finish(nudge, NudgeStatus.FAILED, "unreachable: " + delivery.detail());
      case FAILED -> {
        if (nudge.attempts() >= MAX_ATTEMPTS) {
          finish(nudge, NudgeStatus.FAILED, "gave up: " + delivery.detail());
        } else {
          nudges.retryLater(nudge, now.plus(settings.retryAfter()), delivery.detail());
        }
      }
    }
  }

  private Optional<List<Reply>> message(Nudge nudge, Leader leader) {
    if (nudge.kind() == NudgeKind.MEETING_ENDED) {
      return meetingEnded.message(nudge, leader);
    }
    if (nudge.kind() == NudgeKind.REMIND_LATER) {
      return stillPaused(nudge)
          ? Optional.of(List.of(new TextReply(Messages.get(leader.language(), "nudge.later"))))
          : Optional.empty();
    }
    if (nudge.kind() == NudgeKind.REMINDER) {
      return answered(nudge)
          ? Optional.empty()
          : Optional.of(List.of(new TextReply(Messages.get(leader.language(), "nudge.reminder"))));
    }
    try {
      return Optional.of(
          startReflection.start(
              new StartReflection.Command(
                  leader.id(), nudge.phase(), nudge.caseId(), nudge.meetingId())));
    } catch (UnknownReferenceException e) {
      return Optional.empty();
    }
  }

  /** The flow the leader put aside is still waiting (not finished, cancelled or resumed). */
  private boolean stillPaused(Nudge later) {
    return flowsFor(later).anyMatch(s -> s == ReflectionStatus.PAUSED);
  }

  private boolean answered(Nudge reminder) {
    return flowsFor(reminder).anyMatch(s -> s == ReflectionStatus.COMPLETED);
  }

  /** The states of the leader's reflections of the nudge's phase and case. */
  private Stream<ReflectionStatus> flowsFor(Nudge nudge) {
    return reflections.findByLeader(nudge.leaderId(), 50).stream()
        .filter(r -> r.phase() == nudge.phase())
        .filter(r -> nudge.caseId() == null || nudge.caseId().equals(r.caseId()))
        .map(Reflection::status);
  }

  private boolean finish(Nudge nudge, NudgeStatus status, String reason) {
    boolean recorded = nudges.finish(nudge, status, reason, clock.instant());
    if (!recorded) {
      log.warn(
          "Nudge {} was reclaimed by another instance before its outcome was recorded", nudge.id());
    }
    return recorded;
  }
}
