package no.samspill.core.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Last runs, round marks and run claims in maps; an insert is refused for a key already held. */
final class InMemoryImportRuns implements ImportRuns {

  final Map<String, ImportRun> last = new HashMap<>();
  final Map<String, Long> rounds = new HashMap<>();
  final Map<String, RunClaim> claims = new HashMap<>();

  @Override
  public Map<String, ImportRun> lastRuns(TenantId tenant) {
    return Map.copyOf(last);
  }

  @Override
  public void record(TenantId tenant, String key, ImportRun run) {
    last.put(key, run);
  }

  @Override
  public boolean claimRound(TenantId tenant, String key, long round) {
    Long claimed = rounds.get(key);
    if (claimed != null && claimed >= round) {
      return false;
    }
    rounds.put(key, round);
    return true;
  }

  @Override
  public void forget(TenantId tenant, String key) {
    last.remove(key);
    rounds.remove(key);
  }

  @Override
  public synchronized boolean insertClaim(TenantId tenant, RunClaim claim) {
    return claims.putIfAbsent(claim.key(), claim) == null;
  }

  @Override
  public synchronized Optional<RunClaim> findClaim(String key) {
    return Optional.ofNullable(claims.get(key));
  }

  @Override
  public synchronized void removeClaim(String id) {
    claims.values().removeIf(c -> c.id().equals(id));
  }
}
