package no.samspill.core.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Reflection;

/** "Remind me later": plans a reminder for the next working morning and says when. */
public final class RemindLater {

  private final Nudges nudges;
  private final SchedulePolicies policies;
  private final PublicHolidays holidays;

  public RemindLater(Nudges nudges, SchedulePolicies policies, PublicHolidays holidays) {
    this.nudges = nudges;
    this.policies = policies;
    this.holidays = holidays;
  }

  /** Plans the reminder and returns when it will come. */
  public Instant plan(Leader leader, Reflection reflection, Instant now) {
    WorkingTime working = new WorkingTime(policies.of(leader.tenantId()), holidays);
    Instant due = working.nextWorkingDayMorning(now, leader.timeZone());
    // A case flow's own reminder is still to come: move it rather than send two.
    Optional<Nudge> reminder =
        nudges.upcoming(leader.id(), now, 50).stream()
            .filter(n -> n.kind() == NudgeKind.REMINDER && n.phase() == reflection.phase())
            .filter(n -> Objects.equals(n.caseId(), reflection.caseId()))
            .findFirst();
    if (reminder.isPresent()) {
      Nudge r = reminder.get();
      nudges.plan(
          Nudge.planned(
              r.tenantId(), r.leaderId(), r.kind(), r.phase(), r.caseId(), r.meetingId(), due));
    } else {
      nudges.plan(
          Nudge.later(
              leader.tenantId(),
              leader.id(),
              reflection.id().value(),
              reflection.phase(),
              reflection.caseId(),
              due));
    }
    return due;
  }
}
