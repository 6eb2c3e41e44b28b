package no.samspill.core.casework;

import java.util.Objects;
import java.util.Set;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/**
 * The bodies a leader follows, and whether they want the lighter "the meeting has ended" nudge
 * after those bodies' meetings (on by default).
 */
public record Following(
    TenantId tenantId, LeaderId leaderId, Set<BodyId> bodies, boolean meetingEndedNudges) {

  public Following {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(leaderId, "leaderId");
    bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
  }

  public static Following none(TenantId tenant, LeaderId leader) {
    return new Following(tenant, leader, Set.of(), true);
  }
}
