package no.samspill.core.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Follows;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

public class InMemoryFollows implements Follows {

  private final Map<List<String>, Following> follows = new HashMap<>();

  @Override
  public Optional<Following> find(TenantId tenant, LeaderId leader) {
    return Optional.ofNullable(follows.get(List.of(tenant.value(), leader.value())));
  }

  @Override
  public List<Following> findByBody(TenantId tenant, BodyId body) {
    return follows.values().stream()
        .filter(f -> f.tenantId().equals(tenant) && f.bodies().contains(body))
        .toList();
  }

  @Override
  public void delete(TenantId tenant, LeaderId leader) {
    follows.remove(List.of(tenant.value(), leader.value()));
  }

  @Override
  public void save(Following following) {
    follows.put(List.of(following.tenantId().value(), following.leaderId().value()), following);
  }
}
