package no.samspill.core.casework;

import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Port: the political bodies of each tenant. */
public interface PoliticalBodies {
  Optional<PoliticalBody> findById(TenantId tenant, BodyId id);

  List<PoliticalBody> findByTenant(TenantId tenant);

  void save(PoliticalBody body);

  /** Removes the body for good (see {@link DeleteBody}). */
  void delete(TenantId tenant, BodyId id);
}
