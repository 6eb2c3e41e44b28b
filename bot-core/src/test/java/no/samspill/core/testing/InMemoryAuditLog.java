package no.samspill.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;

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

  @Override
  public List<AuditEntry> find(AuditQuery query) {
    return entries.stream()
        .filter(e -> query.tenant().equals(e.tenantId()))
        .filter(e -> query.action() == null || query.action().equals(e.action()))
        .filter(e -> query.from() == null || !e.at().isBefore(query.from()))
        .filter(e -> query.to() == null || e.at().isBefore(query.to()))
        .sorted(Comparator.comparing(AuditEntry::at).reversed())
        .skip(query.offset())
        .limit(query.limit())
        .toList();
  }

  @Override
  public long purgeOlderThan(TenantId tenant, Instant cutoff) {
    int before = entries.size();
    entries.removeIf(e -> tenant.equals(e.tenantId()) && e.at().isBefore(cutoff));
    return before - entries.size();
  }

  public List<AuditEntry> all() {
    return List.copyOf(entries);
  }
}
