package no.samspill.core.casework;

import java.util.Collection;
import no.samspill.core.directory.TenantId;

/**
 * Port: what outside casework still refers to meetings and bodies, so deleting them would take
 * something from it: leaders' reflections, the import sources that fill a body, and the nudges
 * planned about the meetings.
 */
public interface CaseworkReferences {

  /** How many reflections (any leader's, in any state) are tied to one of the meetings. */
  long reflectionsAbout(TenantId tenant, Collection<MeetingId> meetings);

  /** How many import sources, stored or from the deployment's configuration, fill the body. */
  long importSourcesOf(TenantId tenant, BodyId body);

  /** How many nudges still planned (not yet sent) are about one of the meetings. */
  long plannedNudgesAbout(TenantId tenant, Collection<MeetingId> meetings);
}
