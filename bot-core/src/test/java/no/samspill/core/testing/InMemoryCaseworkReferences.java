package no.samspill.core.testing;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseworkReferences;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.TenantId;

/**
 * The reflections and nudges of the in-memory store, and import sources a test says fill a body.
 */
public class InMemoryCaseworkReferences implements CaseworkReferences {

  private final InMemoryReflections reflections;
  private final InMemoryNudges nudges;
  private final Set<BodyId> filled = new HashSet<>();

  public InMemoryCaseworkReferences(InMemoryReflections reflections, InMemoryNudges nudges) {
    this.reflections = reflections;
    this.nudges = nudges;
  }

  /** One import source now fills the body. */
  public void sourceFills(BodyId body) {
    filled.add(body);
  }

  @Override
  public long reflectionsAbout(TenantId tenant, Collection<MeetingId> meetings) {
    return reflections.countAbout(tenant, meetings);
  }

  @Override
  public long importSourcesOf(TenantId tenant, BodyId body) {
    return filled.contains(body) ? 1 : 0;
  }

  @Override
  public long plannedNudgesAbout(TenantId tenant, Collection<MeetingId> meetings) {
    return nudges.countPlanned(tenant, meetings);
  }
}
