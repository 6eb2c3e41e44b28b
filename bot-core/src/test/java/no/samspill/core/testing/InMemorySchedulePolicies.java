package no.samspill.core.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;

public final class InMemorySchedulePolicies implements SchedulePolicies {

  private final Map<TenantId, SchedulePolicy> byTenant = new ConcurrentHashMap<>();

  @Override
  public Optional<SchedulePolicy> find(TenantId tenant) {
    return Optional.ofNullable(byTenant.get(tenant));
  }

  @Override
  public void save(SchedulePolicy policy) {
    byTenant.put(policy.tenantId(), policy);
  }
}
