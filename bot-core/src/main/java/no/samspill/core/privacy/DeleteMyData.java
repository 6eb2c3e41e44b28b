package no.samspill.core.privacy;

import java.time.Clock;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.PairingOptIns;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.PlatformReferences;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.Nudges;

/**
 * Use case: erases a leader's reflections, profile and everything kept to reach or nudge them.
 * Their cases stay, as the municipality's casework, but lose their owner; the audit trail keeps
 * only the fact of the deletion.
 */
public class DeleteMyData {

  /** Every store that holds something of one leader. */
  public record Ports(
      Leaders leaders,
      LeaderActivity activity,
      Cases cases,
      Reflections reflections,
      Follows follows,
      PairingOptIns pairingOptIns,
      Nudges nudges,
      DigestPosts digests,
      PlatformReferences platforms,
      AuditLog audit) {}

  private final Ports ports;
  private final ArchiveErasure archive;
  private final Clock clock;

  public DeleteMyData(Ports ports, Clock clock) {
    this.ports = ports;
    this.archive = new ArchiveErasure(ports.digests());
    this.clock = clock;
  }

  /** Returns how many reflections were deleted. */
  public long delete(Leader leader) {
    long deleted = ports.reflections().deleteByLeader(leader.id());
    for (PoliticalCase c : ports.cases().findByOwner(leader.tenantId(), leader.id())) {
      ports.cases().save(c.withoutOwner());
    }
    // Lessons shared with a name stay in archived digests; their lines go with the person.
    archive.eraseAllOf(leader);
    ports.follows().delete(leader.tenantId(), leader.id());
    ports.pairingOptIns().set(leader.tenantId(), leader.id(), false);
    // Sent ones too: a nudge's key and reason name the leader and their cases.
    ports.nudges().deleteByLeader(leader.id());
    // The identities are read from the profile, so the platforms' references go before it does.
    for (ChatIdentity identity : leader.identities()) {
      ports.platforms().forget(identity);
    }
    ports.activity().forget(leader.id());
    ports.leaders().delete(leader.id());
    ports.audit().record(AuditEntry.own(leader, AuditEntry.DELETE, clock.instant()));
    return deleted;
  }
}
