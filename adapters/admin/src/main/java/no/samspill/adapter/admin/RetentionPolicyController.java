package no.samspill.adapter.admin;

import no.samspill.core.directory.TenantId;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.retention.RetentionPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How long the tenant keeps what Samspill stores, in months; a PUT changes the fields it names and
 * keeps the rest. The daily purge applies it.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/retention-policy")
class RetentionPolicyController {

  record RetentionBody(
      Integer reflectionMonths, Integer digestMonths, Integer nudgeMonths, Integer auditMonths) {

    static RetentionBody of(RetentionPolicy p) {
      return new RetentionBody(
          p.reflectionMonths(), p.digestMonths(), p.nudgeMonths(), p.auditMonths());
    }
  }

  private final TenantScope scope;
  private final RetentionPolicies policies;

  RetentionPolicyController(TenantScope scope, RetentionPolicies policies) {
    this.scope = scope;
    this.policies = policies;
  }

  @GetMapping
  RetentionBody get(@PathVariable String tenantId) {
    return RetentionBody.of(policies.of(scope.tenant(tenantId)));
  }

  /** A value out of its range is a 400 naming the field (RetentionPolicy.Limits); nothing saved. */
  @PutMapping
  RetentionBody update(@PathVariable String tenantId, @RequestBody RetentionBody request) {
    TenantId tenant = scope.tenant(tenantId);
    RetentionPolicy old = policies.of(tenant);
    RetentionPolicy policy =
        new RetentionPolicy(
            tenant,
            or(request.reflectionMonths(), old.reflectionMonths()),
            or(request.digestMonths(), old.digestMonths()),
            or(request.nudgeMonths(), old.nudgeMonths()),
            or(request.auditMonths(), old.auditMonths()));
    policies.save(policy);
    return RetentionBody.of(policy);
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
