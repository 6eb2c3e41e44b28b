package no.samspill.core.privacy;

import java.time.Instant;
import java.util.Objects;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** One line of the audit trail: who read, exported or deleted whose data, and when. */
public record AuditEntry(
    String id, TenantId tenantId, LeaderId actor, String action, LeaderId subject, Instant at) {

  public static final String EXPORT = "EXPORT";
  public static final String DELETE = "DELETE";

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
  }
}
