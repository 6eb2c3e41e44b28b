package no.samspill.core.testing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.digest.PairingOptIns;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

public final class InMemoryPairingOptIns implements PairingOptIns {

  private final Map<TenantId, Set<LeaderId>> byTenant = new ConcurrentHashMap<>();

  @Override
  public synchronized Set<LeaderId> optedIn(TenantId tenant) {
    return Set.copyOf(byTenant.getOrDefault(tenant, Set.of()));
  }

  @Override
  public synchronized void set(TenantId tenant, LeaderId leader, boolean optedIn) {
    Set<LeaderId> leaders = byTenant.computeIfAbsent(tenant, t -> new HashSet<>());
    if (optedIn) {
      leaders.add(leader);
    } else {
      leaders.remove(leader);
    }
  }
}
