package no.samspill.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.TenantId;

public final class InMemoryDigestChannels implements DigestChannels {

  private final Map<TenantId, Map<String, ChannelAddress>> byTenant = new ConcurrentHashMap<>();

  @Override
  public List<ChannelAddress> find(TenantId tenant) {
    return new ArrayList<>(byTenant.getOrDefault(tenant, Map.of()).values());
  }

  @Override
  public void set(TenantId tenant, ChannelAddress address) {
    byTenant
        .computeIfAbsent(tenant, t -> new ConcurrentHashMap<>())
        .put(address.channel(), address);
  }
}
