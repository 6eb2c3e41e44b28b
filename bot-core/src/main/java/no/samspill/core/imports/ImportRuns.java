package no.samspill.core.imports;

import java.util.Map;
import no.samspill.core.directory.TenantId;

/** Port: each source's last run, and the claim that makes a polling round run once. */
public interface ImportRuns {

  /** The tenant's last runs by {@link ImportSource#runKey()}. */
  Map<String, ImportRun> lastRuns(TenantId tenant);

  void record(TenantId tenant, String key, ImportRun run);

  /**
   * Claims round {@code round} of the source for this caller; false when any instance already
   * claimed it (or a later one), so across instances each round of a source runs once.
   */
  boolean claimRound(TenantId tenant, String key, long round);

  void forget(TenantId tenant, String key);
}
