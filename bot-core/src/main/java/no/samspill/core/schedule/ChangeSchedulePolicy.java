package no.samspill.core.schedule;

import java.time.Duration;
import java.time.LocalTime;
import no.samspill.core.casework.CaseworkRefused;

/**
 * Use case: a coordinator changes the tenant's schedule policy. Every rule is checked before the
 * policy is saved, so a refused change writes nothing; a saved one re-plans the whole tenant.
 */
public class ChangeSchedulePolicy {

  /** Lead days beyond this would nudge about a meeting two months away. */
  public static final int MAX_LEAD_DAYS = 60;

  /** A threshold above any municipality's number of leaders would hide every digest. */
  public static final int MAX_ANONYMITY_THRESHOLD = 1000;

  /** A meeting-ended nudge a week after the meeting is no longer about that meeting. */
  public static final Duration MAX_AFTER_MEETING = Duration.ofDays(7);

  private final SchedulePolicies policies;
  private final PlanNudges planNudges;

  public ChangeSchedulePolicy(SchedulePolicies policies, PlanNudges planNudges) {
    this.policies = policies;
    this.planNudges = planNudges;
  }

  /**
   * @throws CaseworkRefused naming the first field that breaks a rule; nothing is written then
   */
  public SchedulePolicy change(SchedulePolicy policy) {
    check(policy);
    policies.save(policy);
    planNudges.replan(policy.tenantId());
    return policy;
  }

  /** The rules, for callers that build a policy from parts first. */
  public static void check(SchedulePolicy policy) {
    if (policy.preLeadDays() > MAX_LEAD_DAYS) {
      throw new CaseworkRefused(
          "preLeadDays",
          "The field 'preLeadDays' must be between 0 and " + MAX_LEAD_DAYS + " days",
          "policy.lead.days",
          MAX_LEAD_DAYS);
    }
    policy
        .preLeadDaysByBody()
        .forEach(
            (kind, days) -> {
              if (days < 0 || days > MAX_LEAD_DAYS) {
                throw new CaseworkRefused(
                    "preLeadDaysByBody." + kind.name(),
                    "The field 'preLeadDaysByBody' must give each body between 0 and "
                        + MAX_LEAD_DAYS
                        + " days",
                    "policy.lead.days",
                    MAX_LEAD_DAYS);
              }
            });
    if (policy.afterMeeting().compareTo(MAX_AFTER_MEETING) > 0) {
      throw new CaseworkRefused(
          "afterMeeting",
          "The field 'afterMeeting' must be at most " + MAX_AFTER_MEETING,
          "policy.after.meeting",
          MAX_AFTER_MEETING.toHours());
    }
    checkAnonymityThreshold(policy.anonymityThreshold());
  }

  /** The policy's own constructor refuses one below the minimum; checked first to say why. */
  public static void checkAnonymityThreshold(int k) {
    if (k < SchedulePolicy.MIN_ANONYMITY_THRESHOLD || k > MAX_ANONYMITY_THRESHOLD) {
      throw new CaseworkRefused(
          "anonymityThreshold",
          "The field 'anonymityThreshold' must be between "
              + SchedulePolicy.MIN_ANONYMITY_THRESHOLD
              + " and "
              + MAX_ANONYMITY_THRESHOLD
              + " leaders",
          "policy.anonymity",
          SchedulePolicy.MIN_ANONYMITY_THRESHOLD,
          MAX_ANONYMITY_THRESHOLD);
    }
  }

  /** The policy's own constructor refuses this too; checked first to name the field. */
  public static void checkWorkingHours(LocalTime start, LocalTime end) {
    if (!end.isAfter(start)) {
      throw new CaseworkRefused(
          "workEnd", "Working hours must end after they start", "policy.work.hours");
    }
  }
}
