package no.samspill.core.schedule;

import static no.samspill.core.schedule.StatusReason.CASE_CLOSED;
import static no.samspill.core.schedule.StatusReason.CASE_PASSED_TO_ANOTHER_OWNER;
import static no.samspill.core.schedule.StatusReason.MEETING_CANCELLED;
import static no.samspill.core.schedule.StatusReason.MEETING_DELETED;
import static no.samspill.core.schedule.StatusReason.MEETING_TAKEN_OFF_THE_CASE;
import static no.samspill.core.schedule.StatusReason.NO_LONGER_APPLIES;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.Replanning;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Reflections;

/**
 * Use case: works out, from a tenant's cases and meetings, which nudges each case owner should get
 * and when, and stores them under their idempotency keys. Safe to run again at any time. A change
 * re-plans only what it affects; the tenant-wide re-plan is the safety net.
 */
public class PlanNudges implements Replanning {

  /** The storage ports the planner reads and writes. */
  public record Ports(
      Leaders leaders,
      Cases cases,
      Meetings meetings,
      PoliticalBodies bodies,
      Follows follows,
      Reflections reflections,
      Nudges nudges) {}

  private final Leaders leaders;
  private final Cases cases;
  private final Meetings meetings;
  private final SchedulePolicies policies;
  private final PublicHolidays holidays;
  private final Nudges nudges;
  private final Clock clock;
  private final Follows follows;
  private final CaseFlowNudges caseFlows;
  private final NudgeReasons reasons;

  public PlanNudges(Ports ports, SchedulePolicies policies, PublicHolidays holidays, Clock clock) {
    this.leaders = ports.leaders();
    this.cases = ports.cases();
    this.meetings = ports.meetings();
    this.follows = ports.follows();
    this.nudges = ports.nudges();
    this.policies = policies;
    this.holidays = holidays;
    this.clock = clock;
    this.caseFlows = new CaseFlowNudges(meetings, ports.bodies(), clock);
    this.reasons = new NudgeReasons(nudges, ports.reflections(), meetings, follows);
  }

  /**
   * Plans every owner's nudges in the tenant and cancels the planned ones that no longer apply: the
   * periodic safety net, and the re-plan after an import or a schedule-policy change. Returns how
   * many nudges were planned or moved.
   */
  public int replan(TenantId tenant) {
    Rules rules = rules(tenant);
    Set<String> keep = new HashSet<>();
    for (Leader leader : leaders.findByTenant(tenant)) {
      List<PoliticalCase> owned = cases.findByOwner(tenant, leader.id());
      Set<String> reflected = reasons.reflectedOn(leader.id());
      for (PoliticalCase politicalCase : owned) {
        keep.addAll(plan(caseFlowsOf(politicalCase, leader, rules, reflected)));
      }
      keep.addAll(plan(meetingEndedFor(leader, owned, rules)));
    }
    nudges.cancelPlannedExcept(NudgeScope.tenant(tenant), keep, NO_LONGER_APPLIES.text());
    return keep.size();
  }

  /**
   * After a case was saved ({@code before} is null for a new one): plans its nudges for its owner,
   * cancels its planned ones that no longer apply (a meeting taken off it, another owner), and
   * re-plans its owner's and previous owner's meeting-ended nudges about the meetings it was or is
   * treated in, since owning a case there replaces that nudge.
   */
  @Override
  public int caseSaved(PoliticalCase before, PoliticalCase after) {
    TenantId tenant = after.tenantId();
    Rules rules = rules(tenant);
    Optional<Leader> owner = owner(after);
    boolean closing = !after.status().isOpen() && (before == null || before.status().isOpen());
    int planned =
        planCase(after, owner, rules, closing ? CASE_CLOSED.text() : NO_LONGER_APPLIES.text());
    if (closing) {
      // Closing a case ends the reminders about it; a recent decision still gets its POST nudge.
      nudges.cancelPlannedExcept(
          NudgeScope.reminders(tenant, after.id()), Set.of(), CASE_CLOSED.text());
    }
    if (before != null) {
      cancelRemindersLeftBehind(before, after);
    }
    Set<LeaderId> owners = new LinkedHashSet<>();
    Set<MeetingId> treatedIn = new LinkedHashSet<>(after.meetingIds());
    owner.ifPresent(leader -> owners.add(leader.id()));
    if (before != null) {
      Optional.ofNullable(before.ownerId()).ifPresent(owners::add);
      treatedIn.addAll(before.meetingIds());
    }
    for (LeaderId id : owners) {
      Optional<Leader> leader = leader(tenant, id);
      if (leader.isPresent()) {
        planned += planMeetingEndedAbout(leader.get(), treatedIn, rules);
      }
    }
    return planned;
  }

  /**
   * A reminder follows a case-flow nudge already sent; once its meeting is off the case, or the
   * case has passed to another owner, it would ask about something that is no longer the leader's.
   */
  private void cancelRemindersLeftBehind(PoliticalCase before, PoliticalCase after) {
    TenantId tenant = after.tenantId();
    for (MeetingId meeting : before.meetingIds()) {
      if (!after.meetingIds().contains(meeting)) {
        nudges.cancelPlannedExcept(
            NudgeScope.caseReminders(tenant, after.id(), meeting, null),
            Set.of(),
            MEETING_TAKEN_OFF_THE_CASE.text());
      }
    }
    LeaderId previous = before.ownerId();
    if (previous != null && !previous.equals(after.ownerId())) {
      nudges.cancelPlannedExcept(
          NudgeScope.caseReminders(tenant, after.id(), null, previous),
          Set.of(),
          CASE_PASSED_TO_ANOTHER_OWNER.text());
    }
  }

  /**
   * After a meeting was saved, moved or cancelled: re-plans the cases treated in it and the
   * meeting-ended nudges of its body's followers; a cancelled meeting's planned nudges are
   * cancelled.
   */
  @Override
  public int meetingSaved(Meeting meeting) {
    TenantId tenant = meeting.tenantId();
    if (meeting.cancelled()) {
      meetingCancelled(tenant, meeting.id());
    }
    Rules rules = rules(tenant);
    List<PoliticalCase> treated = cases.findByMeeting(tenant, meeting.id());
    int planned = 0;
    Set<LeaderId> withCase = new HashSet<>();
    for (PoliticalCase politicalCase : treated) {
      planned += planCase(politicalCase, owner(politicalCase), rules);
      Optional.ofNullable(politicalCase.ownerId()).ifPresent(withCase::add);
    }
    List<Nudge> wanted = new ArrayList<>();
    for (Following following : follows.findByBody(tenant, meeting.bodyId())) {
      if (following.meetingEndedNudges() && !withCase.contains(following.leaderId())) {
        leader(tenant, following.leaderId())
            .flatMap(leader -> meetingEnded(leader, meeting, rules))
            .ifPresent(wanted::add);
      }
    }
    Set<String> keep = plan(wanted);
    nudges.cancelPlannedExcept(
        NudgeScope.meetingEndedAbout(tenant, meeting.id()), keep, NO_LONGER_APPLIES.text());
    return planned + keep.size();
  }

  /** After a leader's details or follows changed: re-plans that leader's nudges only. */
  @Override
  public int leaderChanged(TenantId tenant, LeaderId id) {
    Optional<Leader> leader = leader(tenant, id);
    if (leader.isEmpty()) {
      return 0;
    }
    Rules rules = rules(tenant);
    List<PoliticalCase> owned = cases.findByOwner(tenant, id);
    int planned = 0;
    for (PoliticalCase politicalCase : owned) {
      planned += planCase(politicalCase, leader, rules);
    }
    return planned + planMeetingEnded(leader.get(), owned, rules);
  }

  /** A deleted meeting's planned nudges are withdrawn, whoever they were for. */
  @Override
  public int meetingDeleted(TenantId tenant, MeetingId meeting) {
    return nudges.cancelPlanned(tenant, meeting, MEETING_DELETED.text());
  }

  /** A cancelled meeting takes its planned nudges with it. */
  public int meetingCancelled(TenantId tenant, MeetingId meeting) {
    return nudges.cancelPlanned(tenant, meeting, MEETING_CANCELLED.text());
  }

  private int planCase(PoliticalCase politicalCase, Optional<Leader> owner, Rules rules) {
    return planCase(politicalCase, owner, rules, NO_LONGER_APPLIES.text());
  }

  private int planCase(
      PoliticalCase politicalCase, Optional<Leader> owner, Rules rules, String reason) {
    List<Nudge> wanted =
        owner
            .map(
                leader ->
                    caseFlowsOf(politicalCase, leader, rules, reasons.reflectedOn(leader.id())))
            .orElse(List.of());
    Set<String> keep = plan(wanted);
    nudges.cancelPlannedExcept(
        NudgeScope.caseFlows(politicalCase.tenantId(), politicalCase.id()), keep, reason);
    return keep.size();
  }

  /** The case's flow nudges to its owner, less those the owner has already reflected on. */
  private List<Nudge> caseFlowsOf(
      PoliticalCase politicalCase, Leader owner, Rules rules, Set<String> reflected) {
    return caseFlows.of(politicalCase, owner, rules.policy(), rules.working()).stream()
        .filter(n -> !reflected.contains(n.id()))
        .toList();
  }

  private int planMeetingEnded(Leader leader, List<PoliticalCase> owned, Rules rules) {
    Set<String> keep = plan(meetingEndedFor(leader, owned, rules));
    nudges.cancelPlannedExcept(
        NudgeScope.meetingEndedTo(leader.tenantId(), leader.id()), keep, NO_LONGER_APPLIES.text());
    return keep.size();
  }

  /** The leader's meeting-ended nudges about these meetings only. */
  private int planMeetingEndedAbout(Leader leader, Set<MeetingId> about, Rules rules) {
    TenantId tenant = leader.tenantId();
    Following following = follows.of(tenant, leader.id());
    List<Meeting> followed = new ArrayList<>();
    for (MeetingId id : about) {
      meetings
          .findById(tenant, id)
          .filter(m -> following.bodies().contains(m.bodyId()))
          .ifPresent(followed::add);
    }
    if (followed.isEmpty()) {
      return 0;
    }
    Set<MeetingId> withCase = meetingsWithCase(cases.findByOwner(tenant, leader.id()));
    int planned = 0;
    for (Meeting meeting : followed) {
      Optional<Nudge> wanted =
          following.meetingEndedNudges() && !withCase.contains(meeting.id())
              ? meetingEnded(leader, meeting, rules)
              : Optional.empty();
      Set<String> keep = plan(wanted.stream().toList());
      nudges.cancelPlannedExcept(
          NudgeScope.meetingEnded(tenant, leader.id(), meeting.id()),
          keep,
          NO_LONGER_APPLIES.text());
      planned += keep.size();
    }
    return planned;
  }

  private static Set<MeetingId> meetingsWithCase(List<PoliticalCase> owned) {
    Set<MeetingId> withCase = new HashSet<>();
    owned.forEach(c -> withCase.addAll(c.meetingIds()));
    return withCase;
  }

  private Set<String> plan(List<Nudge> wanted) {
    Set<String> keys = new HashSet<>();
    for (Nudge nudge : wanted) {
      nudges.plan(nudge);
      keys.add(nudge.id());
    }
    return keys;
  }

  private Rules rules(TenantId tenant) {
    SchedulePolicy policy = policies.of(tenant);
    return new Rules(policy, new WorkingTime(policy, holidays));
  }

  private Optional<Leader> owner(PoliticalCase politicalCase) {
    return Optional.ofNullable(politicalCase.ownerId())
        .flatMap(id -> leader(politicalCase.tenantId(), id));
  }

  private Optional<Leader> leader(TenantId tenant, LeaderId id) {
    return leaders.findById(id).filter(leader -> leader.tenantId().equals(tenant));
  }

  /** For each followed body's meetings where the leader has no case: one lighter nudge after. */
  List<Nudge> meetingEndedFor(Leader leader, List<PoliticalCase> owned, Rules rules) {
    Following following = follows.of(leader.tenantId(), leader.id());
    List<Nudge> planned = new ArrayList<>();
    if (!following.meetingEndedNudges()) {
      return planned;
    }
    Set<MeetingId> withCase = meetingsWithCase(owned);
    Instant since = since(rules.policy());
    for (BodyId body : following.bodies()) {
      for (Meeting meeting : meetings.findByBody(leader.tenantId(), body, since, 200)) {
        if (!withCase.contains(meeting.id())) {
          meetingEnded(leader, meeting, rules).ifPresent(planned::add);
        }
      }
    }
    return planned;
  }

  /** The meeting-ended nudge to one follower, unless the meeting is cancelled or long past. */
  private Optional<Nudge> meetingEnded(Leader leader, Meeting meeting, Rules rules) {
    SchedulePolicy policy = rules.policy();
    if (meeting.cancelled() || meeting.start().isBefore(since(policy))) {
      return Optional.empty();
    }
    Instant due =
        rules
            .working()
            .nextWorkingMoment(meeting.end().plus(policy.afterMeeting()), leader.timeZone());
    if (!due.plus(policy.staleAfter()).isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(
        Nudge.planned(
            leader.tenantId(),
            leader.id(),
            NudgeKind.MEETING_ENDED,
            null,
            null,
            meeting.id(),
            due));
  }

  private Instant since(SchedulePolicy policy) {
    return clock.instant().minus(policy.staleAfter()).minus(policy.afterMeeting()).minus(RECENT);
  }

  /** How far back a meeting can have started and still get its after-meeting nudge planned. */
  private static final Duration RECENT = Duration.ofDays(3);

  /** The tenant's policy and the working time it defines, looked up once per re-plan. */
  record Rules(SchedulePolicy policy, WorkingTime working) {}
}
