package no.samspill.core.imports;

import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Port: the import sources coordinators stored, per tenant. */
public interface ImportSources {

  List<ImportSource> findByTenant(TenantId tenant);

  /** Every tenant's sources of one kind, for the poller. */
  List<ImportSource> findByKind(ImportSource.Kind kind);

  Optional<ImportSource> findById(TenantId tenant, String id);

  void save(ImportSource source);

  /** Returns whether there was such a source in the tenant. */
  boolean remove(TenantId tenant, String id);
}
