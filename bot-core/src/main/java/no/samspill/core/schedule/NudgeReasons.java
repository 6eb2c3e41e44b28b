package no.samspill.core.schedule;

import static no.samspill.core.schedule.StatusReason.ALREADY_REFLECTED_ON;
import static no.samspill.core.schedule.StatusReason.FLOW_FINISHED_OR_CANCELLED;
import static no.samspill.core.schedule.StatusReason.FLOW_PICKED_UP_AGAIN;
import static no.samspill.core.schedule.StatusReason.REFLECTION_DELETED;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;

/**
 * Why each nudge is sent, and whether that reason still holds. The dispatcher asks before it sends,
 * the lists ask before they show, and the planner asks before it plans, so all three agree; when a
 * reason goes away (a flow answered, finished, cancelled or picked up again) the nudge is cancelled
 * at that moment, with the reason.
 */
public class NudgeReasons {

  /** How many of a leader's newest reflections are looked at; older ones settle nothing now. */
  static final int RECENT_REFLECTIONS = 100;

  private final Nudges nudges;
  private final Reflections reflections;
  private final Meetings meetings;
  private final Follows follows;

  public NudgeReasons(Nudges nudges, Reflections reflections, Meetings meetings, Follows follows) {
    this.nudges = nudges;
    this.reflections = reflections;
    this.meetings = meetings;
    this.follows = follows;
  }

  /** Whether the nudge would still be sent: the same answer the dispatcher acts on. */
  public boolean stillWanted(Nudge nudge) {
    return stillWanted(nudge, () -> reflections.findByLeader(nudge.leaderId(), RECENT_REFLECTIONS));
  }

  /**
   * The ids of the nudges that would still be sent, as {@link #stillWanted(Nudge)} answers each,
   * with one read of reflections for all their leaders.
   */
  public Set<String> stillWanted(Collection<Nudge> many) {
    List<LeaderId> readers =
        many.stream()
            // Only these kinds are answered from the leader's reflections.
            .filter(
                n ->
                    n.kind() == NudgeKind.CASE_FLOW
                        || n.kind() == NudgeKind.REMINDER
                        || n.kind() == NudgeKind.REMIND_LATER)
            .map(Nudge::leaderId)
            .distinct()
            .toList();
    Map<LeaderId, List<Reflection>> recent =
        readers.isEmpty() ? Map.of() : reflections.findByLeaders(readers, RECENT_REFLECTIONS);
    Set<String> wanted = new HashSet<>();
    for (Nudge nudge : many) {
      if (stillWanted(nudge, () -> recent.getOrDefault(nudge.leaderId(), List.of()))) {
        wanted.add(nudge.id());
      }
    }
    return wanted;
  }

  private boolean stillWanted(Nudge nudge, Supplier<List<Reflection>> recent) {
    return switch (nudge.kind()) {
      case CASE_FLOW -> !reflectedOn(recent.get()).contains(nudge.id());
      case REMINDER -> flowsFor(nudge, recent.get()).noneMatch(NudgeReasons::settled);
      case REMIND_LATER ->
          flowsFor(nudge, recent.get()).anyMatch(r -> r.status() == ReflectionStatus.PAUSED);
      case MEETING_ENDED -> meetingEndedStillWanted(nudge);
      case DIGEST_FOLLOW_UP -> true;
    };
  }

  /** The leader's planned nudges from the given time that will really be sent, soonest first. */
  public List<Nudge> upcoming(LeaderId leader, Instant from, int limit) {
    // Read a few more than asked for: some may be left out.
    return nudges.upcoming(leader, from, limit * 2 + 10).stream()
        .filter(this::stillWanted)
        .limit(limit)
        .toList();
  }

  /**
   * The keys of the case-flow nudges the leader has already reflected on: a reflection of that
   * phase, case and meeting with an answer in it. A nudge would only start a second one.
   */
  public Set<String> reflectedOn(LeaderId leader) {
    return reflectedOn(reflections.findByLeader(leader, RECENT_REFLECTIONS));
  }

  private static Set<String> reflectedOn(List<Reflection> recent) {
    Set<String> keys = new HashSet<>();
    for (Reflection r : recent) {
      if (r.caseId() != null && r.meetingId() != null && hasAnswers(r)) {
        keys.add(caseFlowKey(r));
      }
    }
    return keys;
  }

  /** A flow got an answer: a case-flow nudge about the same phase, case and meeting is not due. */
  public void answered(Reflection reflection) {
    if (reflection.caseId() != null && reflection.meetingId() != null) {
      nudges.cancelPlanned(caseFlowKey(reflection), ALREADY_REFLECTED_ON.text());
    }
  }

  /** A flow was finished or cancelled: its reminders have nothing left to remind of. */
  public void flowEnded(Reflection reflection) {
    cancel(remindersOf(reflection), FLOW_FINISHED_OR_CANCELLED.text());
  }

  /** A flow put aside was picked up again: "remind me later" about it has done its work. */
  public void flowResumed(Reflection reflection) {
    cancel(
        remindersOf(reflection).filter(n -> n.kind() == NudgeKind.REMIND_LATER),
        FLOW_PICKED_UP_AGAIN.text());
  }

  /**
   * A reflection was deleted: "remind me later" about it has nothing to pick up. A reminder about
   * its case and phase stays, as the leader has not reflected on it any more.
   */
  public void reflectionDeleted(Reflection reflection) {
    cancel(
        remindersOf(reflection).filter(n -> n.kind() == NudgeKind.REMIND_LATER),
        REFLECTION_DELETED.text());
  }

  private void cancel(Stream<Nudge> planned, String reason) {
    planned.forEach(n -> nudges.cancelPlanned(n.id(), reason));
  }

  /** Planned reminders of this reflection, overdue ones included. */
  private Stream<Nudge> remindersOf(Reflection reflection) {
    String laterSegment = "|" + reflection.id().value() + "|";
    return nudges.upcoming(reflection.leaderId(), Instant.EPOCH, RECENT_REFLECTIONS).stream()
        .filter(
            n ->
                n.kind() == NudgeKind.REMIND_LATER && n.id().contains(laterSegment)
                    || n.kind() == NudgeKind.REMINDER
                        && n.phase() == reflection.phase()
                        && reflection.caseId() != null
                        && reflection.caseId().equals(n.caseId()));
  }

  private boolean meetingEndedStillWanted(Nudge nudge) {
    if (nudge.meetingId() == null) {
      return false;
    }
    Meeting meeting = meetings.findById(nudge.tenantId(), nudge.meetingId()).orElse(null);
    if (meeting == null || meeting.cancelled()) {
      return false;
    }
    Following following = follows.of(nudge.tenantId(), nudge.leaderId());
    return following.meetingEndedNudges() && following.bodies().contains(meeting.bodyId());
  }

  /** The leader's reflections of the nudge's phase and, if it has one, its case. */
  private static Stream<Reflection> flowsFor(Nudge nudge, List<Reflection> recent) {
    return recent.stream()
        .filter(r -> r.phase() == nudge.phase())
        .filter(r -> nudge.caseId() == null || nudge.caseId().equals(r.caseId()));
  }

  private static boolean settled(Reflection r) {
    return r.status() == ReflectionStatus.COMPLETED || r.status() == ReflectionStatus.CANCELLED;
  }

  private static boolean hasAnswers(Reflection r) {
    return r.status() == ReflectionStatus.COMPLETED || !r.answers().isEmpty();
  }

  /** The key of the case-flow nudge about the reflection's phase, case and meeting. */
  private static String caseFlowKey(Reflection r) {
    // The due time is not part of a nudge's key.
    return Nudge.planned(
            r.tenantId(),
            r.leaderId(),
            NudgeKind.CASE_FLOW,
            r.phase(),
            r.caseId(),
            r.meetingId(),
            Instant.EPOCH)
        .id();
  }
}
