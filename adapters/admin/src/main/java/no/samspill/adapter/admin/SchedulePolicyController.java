package no.samspill.adapter.admin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.PlanNudges;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's policy (schedule, digest, anonymity threshold); a PUT changes the fields it names
 * and keeps the rest.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/schedule-policy")
class SchedulePolicyController {

  record PolicyBody(
      Integer preLeadDays,
      Map<BodyKind, Integer> preLeadDaysByBody,
      Duration afterMeeting,
      LocalTime workStart,
      LocalTime workEnd,
      Set<LocalDate> closedDays,
      Duration staleAfter,
      DayOfWeek digestDay,
      LocalTime digestTime,
      String digestZone,
      Integer anonymityThreshold) {

    static PolicyBody of(SchedulePolicy p) {
      return new PolicyBody(
          p.preLeadDays(),
          p.preLeadDaysByBody(),
          p.afterMeeting(),
          p.workStart(),
          p.workEnd(),
          p.closedDays(),
          p.staleAfter(),
          p.digestDay(),
          p.digestTime(),
          p.digestZone().getId(),
          p.anonymityThreshold());
    }
  }

  /** A threshold above any municipality's number of leaders would hide every digest. */
  static final int MAX_ANONYMITY_THRESHOLD = 1000;

  private final TenantScope scope;
  private final SchedulePolicies policies;
  private final PlanNudges planNudges;

  SchedulePolicyController(TenantScope scope, SchedulePolicies policies, PlanNudges planNudges) {
    this.scope = scope;
    this.policies = policies;
    this.planNudges = planNudges;
  }

  @GetMapping
  PolicyBody get(@PathVariable String tenantId) {
    return PolicyBody.of(policies.of(scope.tenant(tenantId)));
  }

  @PutMapping
  PolicyBody update(@PathVariable String tenantId, @RequestBody PolicyBody request) {
    TenantId tenant = scope.tenant(tenantId);
    refuseNulls(request);
    SchedulePolicy old = policies.of(tenant);
    SchedulePolicy policy =
        new SchedulePolicy(
            tenant,
            or(request.preLeadDays(), old.preLeadDays()),
            or(request.preLeadDaysByBody(), old.preLeadDaysByBody()),
            or(request.afterMeeting(), old.afterMeeting()),
            or(request.workStart(), old.workStart()),
            or(request.workEnd(), old.workEnd()),
            or(request.closedDays(), old.closedDays()),
            or(request.staleAfter(), old.staleAfter()),
            or(request.digestDay(), old.digestDay()),
            or(request.digestTime(), old.digestTime()),
            request.digestZone() == null
                ? old.digestZone()
                : TenantScope.zone(request.digestZone(), "digestZone"),
            anonymityThreshold(request.anonymityThreshold(), old.anonymityThreshold()));
    if (policy.preLeadDays() > 60) {
      throw new BadInputException("The field 'preLeadDays' must be between 0 and 60 days");
    }
    if (policy.preLeadDaysByBody().values().stream().anyMatch(d -> d < 0 || d > 60)) {
      throw new BadInputException(
          "The field 'preLeadDaysByBody' must give each body between 0 and 60 days");
    }
    policies.save(policy);
    planNudges.replan(tenant);
    return PolicyBody.of(policy);
  }

  // The domain's immutable copies throw on a null element, which would otherwise be a 500.
  private static void refuseNulls(PolicyBody request) {
    if (request.closedDays() != null && request.closedDays().contains(null)) {
      throw new BadInputException("The field 'closedDays' holds a null; give dates only");
    }
    if (request.preLeadDaysByBody() != null
        && (request.preLeadDaysByBody().containsKey(null)
            || request.preLeadDaysByBody().containsValue(null))) {
      throw new BadInputException(
          "The field 'preLeadDaysByBody' holds a null; give a number of days per body kind");
    }
  }

  private static int anonymityThreshold(Integer requested, int old) {
    if (requested == null) {
      return old;
    }
    if (requested < SchedulePolicy.MIN_ANONYMITY_THRESHOLD || requested > MAX_ANONYMITY_THRESHOLD) {
      throw new BadInputException(
          "The field 'anonymityThreshold' must be between "
              + SchedulePolicy.MIN_ANONYMITY_THRESHOLD
              + " and "
              + MAX_ANONYMITY_THRESHOLD
              + " leaders");
    }
    return requested;
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
