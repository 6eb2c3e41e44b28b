package no.samspill.core.schedule;

import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Port: each tenant's schedule policy; tenants without one use the defaults. */
public interface SchedulePolicies {

  Optional<SchedulePolicy> find(TenantId tenant);

  void save(SchedulePolicy policy);

  default SchedulePolicy of(TenantId tenant) {
    return find(tenant).orElseGet(() -> SchedulePolicy.defaults(tenant));
  }
}
