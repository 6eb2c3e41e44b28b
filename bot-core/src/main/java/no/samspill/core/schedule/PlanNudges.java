package no.samspill.core.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Follows;
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
  private final Follows follows;

  public PlanNudges(
      Leaders leaders,
      Cases cases,
      Meetings meetings,
      PoliticalBodies bodies,
      SchedulePolicies policies,
      PublicHolidays holidays,
      Nudges nudges,
      Clock clock,
      Follows follows) {
    this.leaders = leaders;
    this.cases = cases;
    this.meetings = meetings;
    this.bodies = bodies;
    this.policies = policies;
    this.holidays = holidays;
    this.nudges = nudges;
    this.clock = clock;
    this.follows = follows;
  }

  /** Plans every owner's nudges in the tenant; returns how many nudges were planned or moved. */
  public int replan(TenantId tenant) {
    SchedulePolicy policy = policies.of(tenant);
    WorkingTime working = new WorkingTime(policy, holidays);
    int planned = 0;
    for (Leader leader : leaders.findByTenant(tenant)) {
      List<PoliticalCase> owned = cases.findByOwner(tenant, leader.id());
      for (PoliticalCase politicalCase : owned) {
        for (Nudge nudge : nudgesFor(politicalCase, leader, policy, working)) {
          nudges.plan(nudge);
          planned++;
        }
      }
      for (Nudge nudge : meetingEndedFor(leader, owned, policy, working)) {
        nudges.plan(nudge);
        planned++;
      }
    }
    return planned;
  }

  /** For each followed body's meetings where the leader has no case: one lighter nudge after. */
  List<Nudge> meetingEndedFor(
      Leader leader, List<PoliticalCase> owned, SchedulePolicy policy, WorkingTime working) {
    Following following = follows.of(leader.tenantId(), leader.id());
    List<Nudge> planned = new ArrayList<>();
    if (!following.meetingEndedNudges()) {
      return planned;
    }
    Set<MeetingId> withCase = new HashSet<>();
    owned.forEach(c -> withCase.addAll(c.meetingIds()));
    Instant now = clock.instant();
    Instant since = now.minus(policy.staleAfter()).minus(policy.afterMeeting()).minus(RECENT);
    for (BodyId body : following.bodies()) {
      for (Meeting meeting : meetings.findByBody(leader.tenantId(), body, since, 200)) {
        if (meeting.cancelled() || withCase.contains(meeting.id())) {
          continue;
        }
        Instant due =
            working.nextWorkingMoment(meeting.end().plus(policy.afterMeeting()), leader.timeZone());
        if (due.plus(policy.staleAfter()).isAfter(now)) {
          planned.add(
              Nudge.planned(
                  leader.tenantId(),
                  leader.id(),
                  NudgeKind.MEETING_ENDED,
                  null,
                  null,
                  meeting.id(),
                  due));
        }
      }
    }
    return planned;
  }

  /** A cancelled meeting takes its planned nudges with it. */
  public int meetingCancelled(TenantId tenant, MeetingId meeting) {
    return nudges.cancelPlanned(tenant, meeting, "meeting cancelled");
  }

  /** How far back a meeting can have started and still get its after-meeting nudge planned. */
  private static final java.time.Duration RECENT = java.time.Duration.ofDays(3);

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
