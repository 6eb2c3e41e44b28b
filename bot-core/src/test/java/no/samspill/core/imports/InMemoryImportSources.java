package no.samspill.core.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.samspill.core.directory.TenantId;

/** Stored sources in a map, in id order as the real store lists them. */
final class InMemoryImportSources implements ImportSources {

  final Map<String, ImportSource> stored = new TreeMap<>();

  @Override
  public List<ImportSource> findByTenant(TenantId tenant) {
    return stored.values().stream().filter(s -> s.tenant().equals(tenant)).toList();
  }

  @Override
  public List<ImportSource> findByKind(ImportSource.Kind kind) {
    return stored.values().stream().filter(s -> s.kind() == kind).toList();
  }

  @Override
  public Optional<ImportSource> findById(TenantId tenant, String id) {
    return Optional.ofNullable(stored.get(id)).filter(s -> s.tenant().equals(tenant));
  }

  @Override
  public void save(ImportSource source) {
    stored.put(source.id(), source);
  }

  @Override
  public boolean remove(TenantId tenant, String id) {
    return findById(tenant, id).map(s -> stored.remove(id) != null).orElse(false);
  }
}
