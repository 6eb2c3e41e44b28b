package no.samspill.core.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.samspill.core.imports.ImportRuns.RunClaim;

/**
 * At most one import of a source runs at a time in the whole deployment: a run first claims its
 * source, and another run that finds the claim stays away. A claim lasts as long as the longest
 * read its reader allows plus {@link #APPLYING}; one left by an instance that died is taken over
 * once it has expired, so it never blocks the source for longer than that.
 */
final class SourceClaims {

  /** Time to apply what was read (meetings saved, their nudges re-planned), beyond the read. */
  static final Duration APPLYING = Duration.ofMinutes(5);

  private final ImportRuns runs;
  private final Clock clock;

  SourceClaims(ImportRuns runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
  }

  /** The claim's id, or empty while another run of the source holds an unexpired claim. */
  Optional<String> claim(ImportSource source, Duration longestRead) {
    Instant now = clock.instant();
    RunClaim claim =
        new RunClaim(
            UUID.randomUUID().toString(), source.runKey(), now.plus(longestRead).plus(APPLYING));
    if (runs.insertClaim(source.tenant(), claim)) {
      return Optional.of(claim.id());
    }
    Optional<RunClaim> held = runs.findClaim(claim.key());
    if (held.isPresent() && !held.get().until().isBefore(now)) {
      return Optional.empty();
    }
    // Released meanwhile, or left by an instance that died; removed by its own id, never a newer.
    held.ifPresent(expired -> runs.removeClaim(expired.id()));
    return runs.insertClaim(source.tenant(), claim) ? Optional.of(claim.id()) : Optional.empty();
  }

  void release(String id) {
    runs.removeClaim(id);
  }
}
