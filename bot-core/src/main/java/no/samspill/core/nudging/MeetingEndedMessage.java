package no.samspill.core.nudging;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Messages;
import no.samspill.core.schedule.Nudge;

/**
 * The text of a "the meeting has ended" nudge, or nothing when the meeting is gone; whether it is
 * still wanted at all is {@link no.samspill.core.schedule.NudgeReasons}'s to say.
 */
public class MeetingEndedMessage {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final Meetings meetings;
  private final PoliticalBodies bodies;

  public MeetingEndedMessage(Meetings meetings, PoliticalBodies bodies) {
    this.meetings = meetings;
    this.bodies = bodies;
  }

  Optional<List<Reply>> message(Nudge nudge, Leader leader) {
    if (nudge.meetingId() == null) {
      return Optional.empty();
    }
    Optional<Meeting> meeting =
        meetings.findById(nudge.tenantId(), nudge.meetingId()).filter(m -> !m.cancelled());
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    String body =
        bodies
            .findById(nudge.tenantId(), meeting.get().bodyId())
            .map(PoliticalBody::name)
            .orElse(meeting.get().title() == null ? "" : meeting.get().title());
    String date = DATE.format(meeting.get().start().atZone(leader.timeZone()));
    return Optional.of(
        List.of(new TextReply(Messages.get(leader.language(), "nudge.meetingEnded", body, date))));
  }
}
