package no.samspill.core.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Leaders' last activity in memory, counting the writes so a test can see how few there are. */
public class InMemoryLeaderActivity implements LeaderActivity {

  private record Mark(TenantId tenant, Instant at) {}

  private final Map<LeaderId, Mark> marks = new ConcurrentHashMap<>();
  private final AtomicInteger writes = new AtomicInteger();

  @Override
  public void record(TenantId tenant, LeaderId leader, Instant when) {
    writes.incrementAndGet();
    marks.merge(
        leader, new Mark(tenant, when), (old, now) -> now.at().isAfter(old.at()) ? now : old);
  }

  @Override
  public Map<LeaderId, Instant> lastActive(TenantId tenant) {
    Map<LeaderId, Instant> found = new HashMap<>();
    marks.forEach(
        (leader, mark) -> {
          if (mark.tenant().equals(tenant)) {
            found.put(leader, mark.at());
          }
        });
    return found;
  }

  @Override
  public void forget(LeaderId leader) {
    marks.remove(leader);
  }

  /** How many times {@link #record} was called. */
  public int writes() {
    return writes.get();
  }
}
