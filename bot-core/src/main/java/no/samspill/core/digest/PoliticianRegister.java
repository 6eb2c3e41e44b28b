package no.samspill.core.digest;

import no.samspill.core.directory.TenantId;

/** Port: where the coordinator's list of the tenant's politicians is kept. */
public interface PoliticianRegister extends KnownPoliticians {

  /** Replaces the tenant's list as a whole: the coordinator's list is the truth. */
  void replace(TenantId tenant, PoliticianNames names);
}
