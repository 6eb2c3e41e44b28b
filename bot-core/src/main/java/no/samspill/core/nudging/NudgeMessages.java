package no.samspill.core.nudging;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.UnknownReferenceException;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;

/** What a due nudge says when its turn comes, or nothing if its reason is gone. */
final class NudgeMessages {

  private final Reflections reflections;
  private final StartReflection startReflection;
  private final MeetingEndedMessage meetingEnded;

  NudgeMessages(
      Reflections reflections, StartReflection startReflection, MeetingEndedMessage meetingEnded) {
    this.reflections = reflections;
    this.startReflection = startReflection;
    this.meetingEnded = meetingEnded;
  }

  /** A case flow is started here, so this is called only once the claim is renewed. */
  Optional<List<Reply>> of(Nudge nudge, Leader leader) {
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
}
