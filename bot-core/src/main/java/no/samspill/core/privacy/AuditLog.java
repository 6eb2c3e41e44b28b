package no.samspill.core.privacy;

import java.time.Instant;
import java.util.List;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/**
 * Port: the append-only audit trail, kept per tenant. It has no method to change or remove an
 * entry; the only way out is the retention purge, a method of its own that removes whole entries
 * past their tenant's retention period (and is audited itself).
 */
public interface AuditLog {
  void record(AuditEntry entry);

  /** Entries about the given person, oldest first. */
  List<AuditEntry> about(LeaderId subject);

  /** One tenant's entries that match the query, newest first, at most {@code limit} of them. */
  List<AuditEntry> find(AuditQuery query);

  /** Removes the tenant's entries older than {@code cutoff} (retention); returns how many. */
  long purgeOlderThan(TenantId tenant, Instant cutoff);
}
