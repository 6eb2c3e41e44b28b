package no.samspill.core.retention;

import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Port: each tenant's retention policy; tenants without one keep the defaults. */
public interface RetentionPolicies {

  Optional<RetentionPolicy> find(TenantId tenant);

  void save(RetentionPolicy policy);

  default RetentionPolicy of(TenantId tenant) {
    return find(tenant).orElseGet(() -> RetentionPolicy.defaults(tenant));
  }
}
