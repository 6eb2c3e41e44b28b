package no.samspill.core.digest;

import java.util.List;
import no.samspill.core.directory.TenantId;

/** Port: the names of a tenant's elected politicians, so the digest can mask them. */
@FunctionalInterface
public interface KnownPoliticians {
  List<String> names(TenantId tenant);
}
