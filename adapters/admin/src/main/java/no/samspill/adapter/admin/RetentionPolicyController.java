package no.samspill.adapter.admin;

import no.samspill.core.retention.ChangeRetentionPolicy;
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
 * keeps the rest ({@link ChangeRetentionPolicy}, as the console's Innstillinger). The daily purge
 * applies it.
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

    ChangeRetentionPolicy.Months months() {
      return new ChangeRetentionPolicy.Months(
          reflectionMonths, digestMonths, nudgeMonths, auditMonths);
    }
  }

  private final TenantScope scope;
  private final RetentionPolicies policies;
  private final ChangeRetentionPolicy change;

  RetentionPolicyController(
      TenantScope scope, RetentionPolicies policies, ChangeRetentionPolicy change) {
    this.scope = scope;
    this.policies = policies;
    this.change = change;
  }

  @GetMapping
  RetentionBody get(@PathVariable String tenantId) {
    return RetentionBody.of(policies.of(scope.tenant(tenantId)));
  }

  /** A value out of its range is a 400 naming the field (RetentionPolicy.Limits); nothing saved. */
  @PutMapping
  RetentionBody update(@PathVariable String tenantId, @RequestBody RetentionBody request) {
    return RetentionBody.of(change.change(scope.tenant(tenantId), request.months()));
  }
}
