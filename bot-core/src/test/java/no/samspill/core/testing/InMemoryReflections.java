package no.samspill.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.ConcurrentChangeException;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.FlowActivity;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.Reflections;

public class InMemoryReflections implements Reflections {

  private final Map<ReflectionId, Reflection> reflections = new LinkedHashMap<>();
  private Runnable beforeNextSave;

  @Override
  public Optional<Reflection> findById(ReflectionId id) {
    return Optional.ofNullable(reflections.get(id));
  }

  @Override
  public List<Reflection> findByLeader(LeaderId leader, int limit) {
    List<Reflection> mine = new ArrayList<>();
    for (Reflection r : reflections.values()) {
      if (r.leaderId().equals(leader)) {
        mine.add(r);
      }
    }
    Collections.reverse(mine);
    mine.sort(Comparator.comparing(Reflection::startedAt).reversed());
    return mine.subList(0, Math.min(limit, mine.size()));
  }

  @Override
  public Reflection save(Reflection reflection) {
    Runnable hook = beforeNextSave;
    beforeNextSave = null;
    if (hook != null) {
      hook.run();
    }
    Reflection stored = reflections.get(reflection.id());
    long expected = stored == null ? 0 : stored.version();
    if (reflection.version() != expected) {
      throw new ConcurrentChangeException("Reflection " + reflection.id());
    }
    Reflection saved = withVersion(reflection, expected + 1);
    reflections.put(saved.id(), saved);
    return saved;
  }

  @Override
  public synchronized List<Reflection> findShared(
      no.samspill.core.directory.TenantId tenant, java.time.Instant from, java.time.Instant to) {
    return reflections.values().stream()
        .filter(r -> r.tenantId().equals(tenant))
        .filter(r -> r.status() == no.samspill.core.reflection.ReflectionStatus.COMPLETED)
        .filter(r -> r.share() != no.samspill.core.reflection.ShareChoice.PRIVATE)
        .filter(r -> !r.completedAt().isBefore(from) && r.completedAt().isBefore(to))
        .toList();
  }

  @Override
  public synchronized List<FlowActivity> findActivity(TenantId tenant, Instant since, int limit) {
    return reflections.values().stream()
        .filter(r -> r.tenantId().equals(tenant) && !r.updatedAt().isBefore(since))
        .limit(limit)
        .map(FlowActivity::of)
        .toList();
  }

  @Override
  public long countAbout(TenantId tenant, Collection<MeetingId> meetings) {
    return reflections.values().stream()
        .filter(r -> r.tenantId().equals(tenant) && meetings.contains(r.meetingId()))
        .count();
  }

  @Override
  public void delete(ReflectionId id) {
    reflections.remove(id);
  }

  @Override
  public synchronized List<Reflection> findLastChangedBefore(
      TenantId tenant, Instant cutoff, int limit) {
    return reflections.values().stream()
        .filter(r -> r.tenantId().equals(tenant) && r.updatedAt().isBefore(cutoff))
        .limit(limit)
        .toList();
  }

  @Override
  public long deleteByLeader(LeaderId leader) {
    List<ReflectionId> doomed =
        reflections.values().stream()
            .filter(r -> r.leaderId().equals(leader))
            .map(Reflection::id)
            .toList();
    doomed.forEach(reflections::remove);
    return doomed.size();
  }

  /** Runs the given action inside the next save, before the version check: a racing message. */
  public void beforeNextSave(Runnable action) {
    beforeNextSave = action;
  }

  public List<Reflection> all() {
    return List.copyOf(reflections.values());
  }

  private static Reflection withVersion(Reflection r, long version) {
    return new Reflection(
        r.id(),
        r.tenantId(),
        r.leaderId(),
        r.phase(),
        r.flowId(),
        r.catalogueVersion(),
        r.caseId(),
        r.meetingId(),
        r.answers(),
        r.share(),
        r.status(),
        r.openAskedId(),
        r.startedAt(),
        r.updatedAt(),
        r.completedAt(),
        version);
  }
}
