package no.samspill.core.testing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;

public class InMemoryLeaders implements Leaders {

  private final Map<LeaderId, Leader> leaders = new LinkedHashMap<>();
  private final Map<String, LeaderId> identities = new HashMap<>();

  @Override
  public Optional<Leader> findById(LeaderId id) {
    return Optional.ofNullable(leaders.get(id));
  }

  @Override
  public Optional<LeaderId> findByIdentity(ChatIdentity identity) {
    return Optional.ofNullable(identities.get(identity.key()));
  }

  @Override
  public Optional<Leader> findByEmail(TenantId tenant, String email) {
    return leaders.values().stream()
        .filter(l -> l.tenantId().equals(tenant))
        .filter(l -> l.email() != null && l.email().equalsIgnoreCase(email))
        .findFirst();
  }

  @Override
  public List<Leader> findByTenant(TenantId tenant) {
    return leaders.values().stream()
        .filter(l -> l.tenantId().equals(tenant))
        .sorted(Comparator.comparing(Leader::name))
        .toList();
  }

  @Override
  public void save(Leader leader) {
    leaders.put(leader.id(), leader);
  }

  @Override
  public LeaderId linkIdentity(ChatIdentity identity, LeaderId candidate) {
    return identities.computeIfAbsent(identity.key(), key -> candidate);
  }

  @Override
  public void delete(LeaderId id) {
    leaders.remove(id);
    identities.values().removeIf(id::equals);
  }

  public List<Leader> all() {
    return List.copyOf(leaders.values());
  }
}
