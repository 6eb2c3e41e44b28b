package no.samspill.core.privacy;

import java.util.List;
import no.samspill.core.directory.LeaderId;

/** Port: the append-only audit trail. */
public interface AuditLog {
  void record(AuditEntry entry);

  /** Entries about the given person, oldest first. */
  List<AuditEntry> about(LeaderId subject);
}
