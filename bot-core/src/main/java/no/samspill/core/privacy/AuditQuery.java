package no.samspill.core.privacy;

import java.time.Instant;
import java.util.Objects;
import no.samspill.core.directory.TenantId;

/**
 * One page of a tenant's audit trail, newest first: only {@code action} when given, only entries at
 * or after {@code from} and before {@code to} when given.
 */
public record AuditQuery(
    TenantId tenant, String action, Instant from, Instant to, int offset, int limit) {

  public AuditQuery {
    Objects.requireNonNull(tenant, "tenant");
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more");
    }
  }

  AuditQuery next() {
    return new AuditQuery(tenant, action, from, to, offset + limit, limit);
  }

  AuditQuery withLimit(int newLimit) {
    return new AuditQuery(tenant, action, from, to, offset, newLimit);
  }
}
