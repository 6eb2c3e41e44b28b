package no.samspill.core.directory;

/** Port: removes everything stored for one tenant, its leaders and their conversations. */
public interface TenantErasure {

  void erase(TenantId tenant);
}
