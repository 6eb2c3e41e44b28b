package no.samspill.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Phase;

/**
 * The flow nudges one case's owner should get: PRE when the papers for its first meeting go out,
 * MID after each meeting but the last, POST after the last; once it is closed, only the POST of a
 * decision made in the past week.
 */
final class CaseFlowNudges {

  private final Meetings meetings;
  private final PoliticalBodies bodies;
  private final Clock clock;

  CaseFlowNudges(Meetings meetings, PoliticalBodies bodies, Clock clock) {
    this.meetings = meetings;
    this.bodies = bodies;
    this.clock = clock;
  }

  List<Nudge> of(
      PoliticalCase politicalCase, Leader owner, SchedulePolicy policy, WorkingTime working) {
    List<Meeting> treatedIn = new ArrayList<>();
    for (MeetingId id : politicalCase.meetingIds()) {
      meetings
          .findById(politicalCase.tenantId(), id)
          .filter(m -> !m.cancelled())
          .ifPresent(treatedIn::add);
    }
    treatedIn.sort(Comparator.comparing(Meeting::start));
    List<Nudge> planned = new ArrayList<>();
    if (treatedIn.isEmpty()) {
      return planned;
    }
    Instant now = clock.instant();
    ZoneId zone = owner.timeZone();
    if (!politicalCase.status().isOpen()) {
      // A closed case asks nothing before or during; a decision just made still gets its POST.
      Meeting last = treatedIn.get(treatedIn.size() - 1);
      Instant due = working.nextWorkingMoment(last.end().plus(policy.afterMeeting()), zone);
      if (decidedRecently(last) && due.plus(policy.staleAfter()).isAfter(now)) {
        planned.add(nudge(politicalCase, owner, Phase.POST, last, due));
      }
      return planned;
    }
    Meeting first = treatedIn.get(0);
    if (first.start().isAfter(now)) {
      LocalDate papersOut =
          first.start().atZone(zone).toLocalDate().minusDays(policy.preLeadDays(kindOf(first)));
      Instant due = working.nextWorkingMorning(papersOut, zone);
      // Papers already out: nudge at the next working moment, as long as it is before the meeting.
      due = due.isBefore(now) ? working.nextWorkingMoment(now, zone) : due;
      if (due.isBefore(first.start())) {
        planned.add(nudge(politicalCase, owner, Phase.PRE, first, due));
      }
    }
    for (int i = 0; i < treatedIn.size(); i++) {
      Meeting meeting = treatedIn.get(i);
      Phase phase = i == treatedIn.size() - 1 ? Phase.POST : Phase.MID;
      Instant due = working.nextWorkingMoment(meeting.end().plus(policy.afterMeeting()), zone);
      if (due.plus(policy.staleAfter()).isAfter(now)) {
        planned.add(nudge(politicalCase, owner, phase, meeting, due));
      }
    }
    return planned;
  }

  /** The last meeting has ended, within the past week. */
  private boolean decidedRecently(Meeting last) {
    Instant now = clock.instant();
    return !last.end().isAfter(now) && last.end().isAfter(now.minus(Duration.ofDays(7)));
  }

  private static Nudge nudge(
      PoliticalCase politicalCase, Leader owner, Phase phase, Meeting meeting, Instant due) {
    return Nudge.planned(
        politicalCase.tenantId(),
        owner.id(),
        NudgeKind.CASE_FLOW,
        phase,
        politicalCase.id(),
        meeting.id(),
        due);
  }

  private BodyKind kindOf(Meeting meeting) {
    Optional<PoliticalBody> body = bodies.findById(meeting.tenantId(), meeting.bodyId());
    return body.map(PoliticalBody::kind).orElse(BodyKind.OTHER);
  }
}
