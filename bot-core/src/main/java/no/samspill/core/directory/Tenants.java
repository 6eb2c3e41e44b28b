package no.samspill.core.directory;

import java.util.List;
import java.util.Optional;

/** Port: where tenants and the chat workspaces that belong to them are kept. */
public interface Tenants {

  Optional<Tenant> findById(TenantId id);

  Optional<TenantId> findByWorkspace(ChatWorkspace workspace);

  List<Tenant> findAll();

  /** The chat workspaces linked to a tenant (for Teams: the Entra tenants it answers for). */
  List<ChatWorkspace> workspacesOf(TenantId tenant);

  void save(Tenant tenant);

  /**
   * Links a workspace to a tenant unless it is already linked; returns the tenant that owns it
   * afterwards, so two first messages at once still end up in one tenant.
   */
  TenantId linkWorkspace(ChatWorkspace workspace, TenantId candidate);
}
