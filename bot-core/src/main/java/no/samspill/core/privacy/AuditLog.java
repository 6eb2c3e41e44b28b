package no.samspill.core.privacy;

import java.time.Instant;
import java.util.List;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Port: the append-only audit trail. */
public interface AuditLog {
  void record(AuditEntry entry);

  /** Entries about the given person, oldest first. */
  List<AuditEntry> about(LeaderId subject);

  /** Removes the tenant's entries older than {@code cutoff} (retention); returns how many. */
  long purgeOlderThan(TenantId tenant, Instant cutoff);
}
