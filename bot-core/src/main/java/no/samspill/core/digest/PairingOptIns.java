package no.samspill.core.digest;

import java.util.Set;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Port: the leaders who agreed to be suggested as conversation partners in the digest. */
public interface PairingOptIns {

  Set<LeaderId> optedIn(TenantId tenant);

  void set(TenantId tenant, LeaderId leader, boolean optedIn);
}
