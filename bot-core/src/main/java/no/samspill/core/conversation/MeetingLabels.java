package no.samspill.core.conversation;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;

/** A meeting as a leader reads it: body, date and time in their own zone. */
final class MeetingLabels {

  private final PoliticalBodies bodies;

  MeetingLabels(PoliticalBodies bodies) {
    this.bodies = bodies;
  }

  String label(Meeting meeting, Leader leader) {
    String body =
        bodies
            .findById(meeting.tenantId(), meeting.bodyId())
            .map(PoliticalBody::name)
            .orElse(meeting.title() == null ? "" : meeting.title());
    String when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(leader.language().locale())
            .format(meeting.start().atZone(leader.timeZone()));
    return body + " " + when;
  }
}
