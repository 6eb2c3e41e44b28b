package no.samspill.core.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;

public class InMemoryTenants implements Tenants {

  private final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();
  private final Map<String, TenantId> workspaces = new HashMap<>();

  @Override
  public Optional<Tenant> findById(TenantId id) {
    return Optional.ofNullable(tenants.get(id));
  }

  @Override
  public Optional<TenantId> findByWorkspace(ChatWorkspace workspace) {
    return Optional.ofNullable(workspaces.get(workspace.key()));
  }

  @Override
  public List<Tenant> findAll() {
    return new ArrayList<>(tenants.values());
  }

  @Override
  public List<ChatWorkspace> workspacesOf(TenantId tenant) {
    return workspaces.entrySet().stream()
        .filter(e -> e.getValue().equals(tenant))
        .map(e -> e.getKey().split("\\|", 2))
        .map(key -> new ChatWorkspace(key[0], key[1]))
        .toList();
  }

  @Override
  public void save(Tenant tenant) {
    tenants.put(tenant.id(), tenant);
  }

  @Override
  public TenantId linkWorkspace(ChatWorkspace workspace, TenantId candidate) {
    return workspaces.computeIfAbsent(workspace.key(), key -> candidate);
  }
}
