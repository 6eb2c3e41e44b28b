package no.samspill.core.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: where leaders and their linked chat identities are kept. */
public interface Leaders {

  Optional<Leader> findById(LeaderId id);

  /** The leaders among {@code ids} that exist; a store answers it in one round trip. */
  default Map<LeaderId, Leader> findAllById(Collection<LeaderId> ids) {
    Map<LeaderId, Leader> found = new HashMap<>();
    for (LeaderId id : ids) {
      findById(id).ifPresent(leader -> found.put(id, leader));
    }
    return found;
  }

  Optional<LeaderId> findByIdentity(ChatIdentity identity);

  Optional<Leader> findByEmail(TenantId tenant, String email);

  /** Leaders of one tenant, ordered by name. */
  List<Leader> findByTenant(TenantId tenant);

  void save(Leader leader);

  /**
   * Links an identity to a leader unless it is already linked; returns the leader that owns it
   * afterwards.
   */
  LeaderId linkIdentity(ChatIdentity identity, LeaderId candidate);

  /** Removes the leader and every identity linked to them. */
  void delete(LeaderId id);
}
