package no.samspill.core.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.directory.TenantId;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.retention.RetentionPolicy;

public final class InMemoryRetentionPolicies implements RetentionPolicies {

  private final Map<TenantId, RetentionPolicy> byTenant = new ConcurrentHashMap<>();

  @Override
  public Optional<RetentionPolicy> find(TenantId tenant) {
    return Optional.ofNullable(byTenant.get(tenant));
  }

  @Override
  public void save(RetentionPolicy policy) {
    byTenant.put(policy.tenantId(), policy);
  }
}
