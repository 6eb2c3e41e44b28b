package no.samspill.core.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.TenantId;

public class InMemoryPoliticalBodies implements PoliticalBodies {

  private final Map<BodyId, PoliticalBody> bodies = new LinkedHashMap<>();

  @Override
  public Optional<PoliticalBody> findById(TenantId tenant, BodyId id) {
    return Optional.ofNullable(bodies.get(id)).filter(b -> b.tenantId().equals(tenant));
  }

  @Override
  public List<PoliticalBody> findByTenant(TenantId tenant) {
    return bodies.values().stream().filter(b -> b.tenantId().equals(tenant)).toList();
  }

  @Override
  public void save(PoliticalBody body) {
    bodies.put(body.id(), body);
  }

  @Override
  public void delete(TenantId tenant, BodyId id) {
    findById(tenant, id).ifPresent(b -> bodies.remove(id));
  }
}
