package no.samspill.core.directory;

import java.time.Instant;
import java.util.Map;

/**
 * Port: when each leader last wrote or clicked anything in a chat with Samspill. A time only, never
 * what was written; private reflections count like everything else.
 */
public interface LeaderActivity {

  /** Notes that the leader was active at {@code when}; a later time already stored stays. */
  void record(TenantId tenant, LeaderId leader, Instant when);

  /** The last activity of each of the tenant's leaders who were ever active, in one round trip. */
  Map<LeaderId, Instant> lastActive(TenantId tenant);

  /** Forgets when the leader was active (their data is erased). */
  void forget(LeaderId leader);
}
