package no.samspill.core.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/**
 * One line of the audit trail: who read, exported or deleted whose data, and when; {@code detail}
 * carries counts or names of fields, never content.
 */
public record AuditEntry(
    String id,
    TenantId tenantId,
    LeaderId actor,
    String action,
    LeaderId subject,
    Instant at,
    String detail) {

  public static final String EXPORT = "EXPORT";
  public static final String DELETE = "DELETE";
  public static final String SHARE_CHANGE = "SHARE_CHANGE";
  public static final String DELETE_REFLECTION = "DELETE_REFLECTION";
  public static final String PURGE = "PURGE";

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
  }

  /** A leader acting on their own data. */
  public static AuditEntry own(Leader leader, String action, Instant at) {
    return new AuditEntry(
        UUID.randomUUID().toString(),
        leader.tenantId(),
        leader.id(),
        action,
        leader.id(),
        at,
        null);
  }

  /** The retention purge, which acts for nobody in particular: what it removed, as counts. */
  public static AuditEntry purge(TenantId tenant, String counts, Instant at) {
    return new AuditEntry(UUID.randomUUID().toString(), tenant, null, PURGE, null, at, counts);
  }
}
