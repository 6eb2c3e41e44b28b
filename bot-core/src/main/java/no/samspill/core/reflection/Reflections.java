package no.samspill.core.reflection;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Port: where reflections are kept. */
public interface Reflections {

  Optional<Reflection> findById(ReflectionId id);

  /** One of the leader's own reflections; anyone else's is as good as absent. */
  default Optional<Reflection> findOwn(LeaderId leader, ReflectionId id) {
    return findById(id).filter(r -> r.leaderId().equals(leader));
  }

  /** The leader's reflections, newest first. */
  List<Reflection> findByLeader(LeaderId leader, int limit);

  /**
   * {@link #findByLeader} for several leaders at once (in one round trip where the store can),
   * keyed by leader; a leader without reflections may be absent.
   */
  default Map<LeaderId, List<Reflection>> findByLeaders(Collection<LeaderId> leaders, int limit) {
    Map<LeaderId, List<Reflection>> byLeader = new HashMap<>();
    for (LeaderId leader : leaders) {
      byLeader.put(leader, findByLeader(leader, limit));
    }
    return byLeader;
  }

  /**
   * Stores a new reflection (version 0) or replaces the stored one if it still has the version the
   * caller read; returns it with its new version.
   *
   * @throws no.samspill.core.ConcurrentChangeException if the stored version differs
   */
  Reflection save(Reflection reflection);

  /**
   * The tenant's completed reflections shared anonymously or with a name, completed in [from, to).
   */
  List<Reflection> findShared(TenantId tenant, Instant from, Instant to);

  /**
   * The same as {@link #findShared} over a long range (a municipal term) in one bounded query; the
   * default simply asks {@link #findShared}.
   */
  default List<Reflection> findSharedOver(TenantId tenant, Instant from, Instant to) {
    return findShared(tenant, from, to);
  }

  /**
   * Up to {@code limit} of the tenant's flows (private ones too) last changed at or after {@code
   * since}: every flow started or finished since then is among them. Never their answers.
   */
  List<FlowActivity> findActivity(TenantId tenant, Instant since, int limit);

  /** Deletes one reflection (a flow cancelled before its first answer leaves nothing behind). */
  void delete(ReflectionId id);

  /**
   * Up to {@code limit} of the tenant's reflections last changed (started, answered, shared) before
   * {@code cutoff}, for the retention purge; one the store cannot read is skipped and logged.
   */
  List<Reflection> findLastChangedBefore(TenantId tenant, Instant cutoff, int limit);

  /**
   * How many of the tenant's reflections, any leader's and in any state, are tied to the meetings.
   */
  long countAbout(TenantId tenant, Collection<MeetingId> meetings);

  /** Deletes every reflection of the leader; returns how many. */
  long deleteByLeader(LeaderId leader);
}
