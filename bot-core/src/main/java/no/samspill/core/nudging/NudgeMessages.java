package no.samspill.core.nudging;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.UnknownReferenceException;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Messages;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeReasons;

/** What a due nudge says when its turn comes, or nothing if its reason is gone. */
final class NudgeMessages {

  private final NudgeReasons reasons;
  private final StartReflection startReflection;
  private final MeetingEndedMessage meetingEnded;

  NudgeMessages(
      NudgeReasons reasons, StartReflection startReflection, MeetingEndedMessage meetingEnded) {
    this.reasons = reasons;
    this.startReflection = startReflection;
    this.meetingEnded = meetingEnded;
  }

  /** A case flow is started here, so this is called only once the claim is renewed. */
  Optional<List<Reply>> of(Nudge nudge, Leader leader) {
    // The same question the lists ask, so "upcoming" shows exactly what is sent.
    return reasons.stillWanted(nudge) ? made(nudge, leader) : Optional.empty();
  }

  /** Which of these nudges are still wanted, with one look at their reasons for all. */
  Set<String> wanted(Collection<Nudge> nudges) {
    return reasons.stillWanted(nudges);
  }

  /** The message of a nudge still wanted; empty if what it points to is gone. */
  Optional<List<Reply>> made(Nudge nudge, Leader leader) {
    return switch (nudge.kind()) {
      case MEETING_ENDED -> meetingEnded.message(nudge, leader);
      case REMIND_LATER -> text(leader, "nudge.later");
      case REMINDER -> text(leader, "nudge.reminder");
      case CASE_FLOW, DIGEST_FOLLOW_UP -> started(nudge, leader);
    };
  }

  private Optional<List<Reply>> started(Nudge nudge, Leader leader) {
    try {
      return Optional.of(
          startReflection
              .start(
                  new StartReflection.Command(
                      leader.id(), nudge.phase(), nudge.caseId(), nudge.meetingId()))
              .replies());
    } catch (UnknownReferenceException e) {
      return Optional.empty();
    }
  }

  private static Optional<List<Reply>> text(Leader leader, String key) {
    return Optional.of(List.of(new TextReply(Messages.get(leader.language(), key))));
  }
}
