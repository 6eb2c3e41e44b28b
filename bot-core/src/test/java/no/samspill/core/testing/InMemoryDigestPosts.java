package no.samspill.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.TenantId;

/** Posted digests in memory, with the port's claim rules and the archive. */
public final class InMemoryDigestPosts implements DigestPosts {
  private final Map<String, String[]> claims = new HashMap<>();
  private final List<ArchivedDigest> archived = new ArrayList<>();

  @Override
  public synchronized boolean claim(String key, Instant now, Duration lease, String instance) {
    String[] current = claims.get(key);
    if (current != null
        && ("POSTED".equals(current[0]) || Instant.parse(current[2]).isAfter(now))) {
      return false;
    }
    claims.put(key, new String[] {"CLAIMED", instance, now.plus(lease).toString()});
    return true;
  }

  @Override
  public synchronized boolean finish(
      String key, String instance, String outcome, ArchivedDigest posted) {
    String[] current = claims.get(key);
    if (current == null || !instance.equals(current[1])) {
      return false;
    }
    claims.put(key, new String[] {"POSTED", instance, posted.postedAt().toString(), outcome});
    archived.add(0, posted);
    return true;
  }

  @Override
  public synchronized List<ArchivedDigest> archive(TenantId tenant, int limit) {
    return archived.stream().filter(d -> d.tenant().equals(tenant)).limit(limit).toList();
  }

  @Override
  public synchronized Optional<ArchivedDigest> archived(TenantId tenant, String week) {
    return archive(tenant, Integer.MAX_VALUE).stream()
        .filter(d -> d.week().equals(week))
        .findFirst();
  }

  @Override
  public synchronized long purgePostedBefore(TenantId tenant, Instant cutoff) {
    int before = archived.size();
    archived.removeIf(d -> d.tenant().equals(tenant) && d.postedAt().isBefore(cutoff));
    return before - archived.size();
  }

  @Override
  public synchronized void rewriteArchive(
      TenantId tenant, UnaryOperator<List<DigestText.Section>> edit) {
    archived.replaceAll(
        d ->
            d.tenant().equals(tenant)
                ? new ArchivedDigest(
                    d.tenant(),
                    d.week(),
                    d.title(),
                    edit.apply(d.sections()),
                    d.chartPng(),
                    d.chartAltText(),
                    d.postedAt())
                : d);
  }
}
