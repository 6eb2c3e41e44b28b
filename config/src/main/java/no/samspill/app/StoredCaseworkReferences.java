package no.samspill.app;

import java.util.Collection;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseworkReferences;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.Nudges;

/**
 * What keeps a meeting or body from being deleted, or goes with it, read from the stored
 * reflections, sources and nudges.
 */
final class StoredCaseworkReferences implements CaseworkReferences {

  private final Reflections reflections;
  private final ImportFromSources sources;
  private final Nudges nudges;

  StoredCaseworkReferences(Reflections reflections, ImportFromSources sources, Nudges nudges) {
    this.reflections = reflections;
    this.sources = sources;
    this.nudges = nudges;
  }

  @Override
  public long reflectionsAbout(TenantId tenant, Collection<MeetingId> meetings) {
    return reflections.countAbout(tenant, meetings);
  }

  @Override
  public long importSourcesOf(TenantId tenant, BodyId body) {
    // The configured sources as well as the stored ones: both would fill a body that is gone.
    return sources.list(tenant).stream().filter(s -> s.source().body().equals(body)).count();
  }

  @Override
  public long plannedNudgesAbout(TenantId tenant, Collection<MeetingId> meetings) {
    return nudges.countPlanned(tenant, meetings);
  }
}
