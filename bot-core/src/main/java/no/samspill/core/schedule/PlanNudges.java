package no.samspill.core.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Phase;

/**
 * Use case: works out, from a tenant's cases and meetings, which nudges each case owner should get
 * and when, and stores them under their idempotency keys. Safe to run again at any time.
 */
public class PlanNudges {

  private final Leaders leaders;
  private final Cases cases;
  private final Meetings meetings;
  private final PoliticalBodies bodies;
  private final SchedulePolicies policies;
  private final PublicHolidays holidays;
  private final Nudges nudges;
  private final Clock clock;

  public PlanNudges(
      Leaders leaders,
      Cases cases,
      Meetings meetings,
      PoliticalBodies bodies,
      SchedulePolicies policies,
      PublicHolidays holidays,
      Nudges nudges,
      Clock clock) {
    this.leaders = leaders;
    this.cases = cases;
    this.meetings = meetings;
    this.bodies = bodies;
    this.policies = policies;
    this.holidays = holidays;
    this.nudges = nudges;
    this.clock = clock;
  }

  /** Plans every owner's nudges in the tenant; returns how many nudges were planned or moved. */
  public int replan(TenantId tenant) {
    SchedulePolicy policy = policies.of(tenant);
    WorkingTime working = new WorkingTime(policy, holidays);
    int planned = 0;
    for (Leader leader : leaders.findByTenant(tenant)) {
      for (PoliticalCase politicalCase : cases.findByOwner(tenant, leader.id())) {
        for (Nudge nudge : nudgesFor(politicalCase, leader, policy, working)) {
          nudges.plan(nudge);
          planned++;
        }
      }
    }
    return planned;
  }

  /** A cancelled meeting takes its planned nudges with it. */
  public int meetingCancelled(TenantId tenant, MeetingId meeting) {
    return nudges.cancelPlanned(tenant, meeting, "meeting cancelled");
  }

  List<Nudge> nudgesFor(
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
    if (treatedIn.isEmpty() || !politicalCase.status().isOpen() && !decidedRecently(treatedIn)) {
      return planned;
    }
    Instant now = clock.instant();
    ZoneId zone = owner.timeZone();
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

  private boolean decidedRecently(List<Meeting> treatedIn) {
    return treatedIn
        .get(treatedIn.size() - 1)
        .end()
        .isAfter(clock.instant().minus(java.time.Duration.ofDays(7)));
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
