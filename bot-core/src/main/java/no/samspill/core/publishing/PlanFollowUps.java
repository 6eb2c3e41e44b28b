package no.samspill.core.publishing;

import java.time.Duration;
import java.time.Instant;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.PublicHolidays;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.WorkingTime;

/**
 * Internalisation: five days after a digest with lessons, asks the leaders who reflected in the
 * last four weeks whether they used one. Leaders who have gone quiet are not nagged.
 */
public class PlanFollowUps {

  static final Duration AFTER_DIGEST = Duration.ofDays(5);
  static final Duration ACTIVE_WITHIN = Duration.ofDays(28);

  private final Leaders leaders;
  private final Reflections reflections;
  private final Nudges nudges;
  private final SchedulePolicies policies;
  private final PublicHolidays holidays;
  private final PromptCatalogue catalogue;

  public PlanFollowUps(
      Leaders leaders,
      Reflections reflections,
      Nudges nudges,
      SchedulePolicies policies,
      PublicHolidays holidays,
      PromptCatalogue catalogue) {
    this.leaders = leaders;
    this.reflections = reflections;
    this.nudges = nudges;
    this.policies = policies;
    this.holidays = holidays;
    this.catalogue = catalogue;
  }

  /** Returns how many follow-ups were planned. */
  public int afterDigest(Tenant tenant, DigestWeek week, Instant posted) {
    if (!catalogue.has(Phase.FOLLOW_UP)) {
      return 0;
    }
    WorkingTime working = new WorkingTime(policies.of(tenant.id()), holidays);
    int planned = 0;
    for (Leader leader : leaders.findByTenant(tenant.id())) {
      if (active(leader, posted)) {
        Instant due = working.nextWorkingMoment(posted.plus(AFTER_DIGEST), leader.timeZone());
        nudges.plan(Nudge.followUp(tenant.id(), leader.id(), week.key(), due));
        planned++;
      }
    }
    return planned;
  }

  private boolean active(Leader leader, Instant now) {
    return reflections.findByLeader(leader.id(), 10).stream()
        .filter(r -> r.status() == ReflectionStatus.COMPLETED)
        .map(Reflection::completedAt)
        .anyMatch(at -> at.isAfter(now.minus(ACTIVE_WITHIN)));
  }
}
