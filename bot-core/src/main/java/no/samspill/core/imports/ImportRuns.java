package no.samspill.core.imports;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.directory.TenantId;

/**
 * Port: each source's last run, the claim that makes a polling round run once, and the claims that
 * let one import of a source run at a time ({@link SourceClaims} decides when one has expired).
 */
public interface ImportRuns {

  /** A claim on running one source ({@code key}: its run key), held until {@code until}. */
  record RunClaim(String id, String key, Instant until) {}

  /** The tenant's last runs by {@link ImportSource#runKey()}. */
  Map<String, ImportRun> lastRuns(TenantId tenant);

  void record(TenantId tenant, String key, ImportRun run);

  /**
   * Claims round {@code round} of the source for this caller; false when any instance already
   * claimed it (or a later one), so across instances each round of a source runs once.
   */
  boolean claimRound(TenantId tenant, String key, long round);

  void forget(TenantId tenant, String key);

  /**
   * Inserts the claim unless one on its key exists, expired or not; true if it did. Atomic across
   * instances: of two inserting at once, one wins.
   */
  boolean insertClaim(TenantId tenant, RunClaim claim);

  /** The claim on the key, if there is one. */
  Optional<RunClaim> findClaim(String key);

  /** Removes the claim with this id, and so never a newer claim on the same key. */
  void removeClaim(String id);
}
