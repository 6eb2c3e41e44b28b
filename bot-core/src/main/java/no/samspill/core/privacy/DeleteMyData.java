package no.samspill.core.privacy;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeScope;
import no.samspill.core.schedule.Nudges;

/**
 * Use case: erases a leader's reflections and profile. Their cases stay, as the municipality's
 * casework, but lose their owner; the audit trail keeps only the fact of the deletion.
 */
public class DeleteMyData {

  private final Leaders leaders;
  private final Cases cases;
  private final Reflections reflections;
  private final AuditLog audit;
  private final ArchiveErasure archive;
  private final Nudges nudges;
  private final Clock clock;

  public DeleteMyData(
      Leaders leaders,
      Cases cases,
      Reflections reflections,
      AuditLog audit,
      DigestPosts digests,
      Nudges nudges,
      Clock clock) {
    this.leaders = leaders;
    this.cases = cases;
    this.reflections = reflections;
    this.audit = audit;
    this.archive = new ArchiveErasure(digests);
    this.nudges = nudges;
    this.clock = clock;
  }

  /** Returns how many reflections were deleted. */
  public long delete(Leader leader) {
    long deleted = reflections.deleteByLeader(leader.id());
    for (PoliticalCase c : cases.findByOwner(leader.tenantId(), leader.id())) {
      cases.save(c.withoutOwner());
    }
    // Lessons shared with a name stay in archived digests; their lines go with the person.
    archive.eraseAllOf(leader);
    leaders.delete(leader.id());
    // Nothing is left to nudge about; the lists stop showing it at once.
    nudges.cancelPlannedExcept(
        new NudgeScope(leader.tenantId(), EnumSet.allOf(NudgeKind.class), null, null, leader.id()),
        Set.of(),
        "leader deleted their data");
    audit.record(AuditEntry.own(leader, AuditEntry.DELETE, clock.instant()));
    return deleted;
  }
}
