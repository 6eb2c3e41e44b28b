package no.samspill.core.retention;

import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.directory.TenantId;

/**
 * Use case: the operator or a coordinator changes how long the tenant keeps what Samspill stores,
 * through the admin API or the console alike. A field left out keeps its value; every field is
 * checked against its {@link RetentionPolicy.Limits} before anything is saved.
 */
public class ChangeRetentionPolicy {

  /** The months asked for; null keeps that field as it is. */
  public record Months(
      Integer reflectionMonths, Integer digestMonths, Integer nudgeMonths, Integer auditMonths) {}

  private final RetentionPolicies policies;

  public ChangeRetentionPolicy(RetentionPolicies policies) {
    this.policies = policies;
  }

  /**
   * The tenant's policy with the asked-for fields changed, checked but not saved, for a caller that
   * checks other settings too before it saves any of them.
   *
   * @throws CaseworkRefused naming the first field out of its range
   */
  public RetentionPolicy checked(TenantId tenant, Months months) {
    RetentionPolicy old = policies.of(tenant);
    return new RetentionPolicy(
        tenant,
        or(months.reflectionMonths(), old.reflectionMonths()),
        or(months.digestMonths(), old.digestMonths()),
        or(months.nudgeMonths(), old.nudgeMonths()),
        or(months.auditMonths(), old.auditMonths()));
  }

  /**
   * @throws CaseworkRefused naming the first field out of its range; nothing is written then
   */
  public RetentionPolicy change(TenantId tenant, Months months) {
    RetentionPolicy policy = checked(tenant, months);
    policies.save(policy);
    return policy;
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
