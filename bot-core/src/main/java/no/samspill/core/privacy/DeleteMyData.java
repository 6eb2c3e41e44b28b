package no.samspill.core.privacy;

import java.time.Clock;
import java.util.UUID;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.reflection.Reflections;

/**
 * Use case: erases a leader's reflections and profile. Their cases stay, as the municipality's
 * casework, but lose their owner; the audit trail keeps only the fact of the deletion.
 */
public class DeleteMyData {

  private final Leaders leaders;
  private final Cases cases;
  private final Reflections reflections;
  private final AuditLog audit;
  private final Clock clock;

  public DeleteMyData(
      Leaders leaders, Cases cases, Reflections reflections, AuditLog audit, Clock clock) {
    this.leaders = leaders;
    this.cases = cases;
    this.reflections = reflections;
    this.audit = audit;
    this.clock = clock;
  }

  /** Returns how many reflections were deleted. */
  public long delete(Leader leader) {
    long deleted = reflections.deleteByLeader(leader.id());
    for (PoliticalCase c : cases.findByOwner(leader.tenantId(), leader.id())) {
      cases.save(c.withoutOwner());
    }
    leaders.delete(leader.id());
    audit.record(
        new AuditEntry(
            UUID.randomUUID().toString(),
            leader.tenantId(),
            leader.id(),
            AuditEntry.DELETE,
            leader.id(),
            clock.instant()));
    return deleted;
  }
}
