package no.samspill.core.casework;

import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Port: which bodies each leader follows; a leader without an entry follows none. */
public interface Follows {

  Optional<Following> find(TenantId tenant, LeaderId leader);

  /** Every leader who follows the body, whether or not they want its meeting-ended nudges. */
  List<Following> findByBody(TenantId tenant, BodyId body);

  void save(Following following);

  /** Forgets which bodies the leader follows (their data is erased). */
  void delete(TenantId tenant, LeaderId leader);

  default Following of(TenantId tenant, LeaderId leader) {
    return find(tenant, leader).orElseGet(() -> Following.none(tenant, leader));
  }
}
