package no.samspill.core.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.samspill.core.directory.TenantId;

/**
 * Port: the record of which tenant's digest went out for which week, and the archive of what was
 * posted. A claim with a lease makes posting exactly-once across instances and retries, like a
 * nudge.
 */
public interface DigestPosts {

  /** Claims the digest under {@code key} for this instance, unless it was posted or is held. */
  boolean claim(String key, Instant now, Duration lease, String instance);

  /** Records the outcome and archives the posted digest while this instance holds the claim. */
  boolean finish(String key, String instance, String outcome, ArchivedDigest posted);

  /** The tenant's posted digests, newest first. */
  List<ArchivedDigest> archive(TenantId tenant, int limit);

  /** The tenant's posted digest of one week ("2026-W48"). */
  Optional<ArchivedDigest> archived(TenantId tenant, String week);

  /** Deletes the tenant's digests posted before {@code cutoff} (retention); returns how many. */
  long purgePostedBefore(TenantId tenant, Instant cutoff);

  /** Rewrites the sections of every archived digest of the tenant, e.g. to erase a person. */
  void rewriteArchive(TenantId tenant, UnaryOperator<List<DigestText.Section>> edit);
}
