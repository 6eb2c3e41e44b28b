package no.samspill.adapter.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.schedule.Nudge;

/** The Saker page's rows in the coordinator's language: cases, meetings to pick, nudges. */
final class CaseRows {

  record CaseRow(
      String id,
      String title,
      String caseNumber,
      String owner,
      String status,
      boolean open,
      String nextMeeting) {}

  record MeetingChoice(String id, String label) {}

  record NudgeRow(
      String leader, String kind, String when, String zone, String state, String reason) {}

  private final ConsoleText t;
  private final Map<LeaderId, Leader> leaders;
  private final Map<BodyId, String> bodies;
  private final ZoneId zone;

  CaseRows(ConsoleText t, Map<LeaderId, Leader> leaders, Map<BodyId, String> bodies, ZoneId zone) {
    this.t = t;
    this.leaders = leaders;
    this.bodies = bodies;
    this.zone = zone;
  }

  CaseRow caseRow(PoliticalCase politicalCase, Optional<Meeting> next) {
    return new CaseRow(
        politicalCase.id().value(),
        politicalCase.title(),
        politicalCase.caseNumber() == null ? t.m("console.none") : politicalCase.caseNumber(),
        owner(politicalCase.ownerId()),
        status(politicalCase),
        politicalCase.status().isOpen(),
        next.map(m -> time(m.start(), zone)).orElse(t.m("console.none")));
  }

  String status(PoliticalCase politicalCase) {
    return t.m("console.cases.status." + politicalCase.status().name());
  }

  MeetingChoice meeting(Meeting meeting) {
    // Imported meetings often have no title of their own: the body's name says which it is.
    String body = bodies.getOrDefault(meeting.bodyId(), t.m("console.none"));
    String title =
        meeting.title() == null || meeting.title().equals(body) ? "" : " · " + meeting.title();
    String label = body + title + " – " + time(meeting.start(), zone);
    return new MeetingChoice(
        meeting.id().value(),
        meeting.cancelled() ? t.m("console.cases.meeting.cancelled", label) : label);
  }

  /** When is in the time zone of the leader who gets the nudge: the hour they will see it. */
  NudgeRow nudge(Nudge nudge) {
    Leader leader = leaders.get(nudge.leaderId());
    ZoneId theirs = leader == null ? zone : leader.timeZone();
    String kind = t.m("console.kind." + nudge.kind().name());
    if (nudge.phase() != null) {
      kind = kind + " · " + t.m("phase." + nudge.phase().name().toLowerCase(Locale.ROOT));
    }
    Instant when = nudge.sentAt() == null ? nudge.dueAt() : nudge.sentAt();
    return new NudgeRow(
        leader == null ? t.m("console.leader.unknown") : leader.name(),
        kind,
        time(when, theirs),
        theirs.getId(),
        t.m("console.cases.state." + nudge.status().name()),
        t.nudgeReason(nudge.reason()));
  }

  String owner(LeaderId owner) {
    if (owner == null) {
      return t.m("console.cases.owner.none");
    }
    Leader leader = leaders.get(owner);
    return leader == null ? t.m("console.leader.unknown") : leader.name();
  }

  private String time(Instant when, ZoneId in) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(t.language().locale())
        .withZone(in)
        .format(when);
  }
}
