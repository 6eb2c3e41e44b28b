package no.samspill.core.testing;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;

public class InMemoryAuditLog implements AuditLog {

  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public void record(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public List<AuditEntry> about(LeaderId subject) {
    return entries.stream().filter(e -> subject.equals(e.subject())).toList();
  }

  public List<AuditEntry> all() {
    return List.copyOf(entries);
  }
}
