package no.samspill.adapter.mongo;

import java.time.Instant;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;

/** A case-flow nudge for a new leader, case and meeting, as the storage tests plan them. */
final class PlannedNudges {

  private PlannedNudges() {}

  static Nudge dueAt(TenantId tenant, Instant due) {
    return Nudge.planned(
        tenant,
        LeaderId.random(),
        NudgeKind.CASE_FLOW,
        Phase.POST,
        CaseId.random(),
        MeetingId.random(),
        due);
  }
}
