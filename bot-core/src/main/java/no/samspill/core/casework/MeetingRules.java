package no.samspill.core.casework;

import java.time.Clock;
import no.samspill.core.directory.TenantId;

/** What adding and changing a meeting share: the checks against the tenant, and the re-plan. */
record MeetingRules(PoliticalBodies bodies, Cases cases, Replanning replanning, Clock clock) {

  Meeting checked(MeetingDraft draft, MeetingId id, TenantId tenant, String externalId) {
    return draft.toMeeting(id, tenant, externalId, clock.instant(), bodies, cases);
  }
}
