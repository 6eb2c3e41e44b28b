package no.samspill.core.casework;

import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Port: re-plans what a casework change affects (the nudges), right after it was saved. */
public interface Replanning {

  /** {@code before} is null for a new case. */
  int caseSaved(PoliticalCase before, PoliticalCase after);

  int meetingSaved(Meeting meeting);

  /** Withdraws the planned nudges about a meeting that is being deleted. */
  int meetingDeleted(TenantId tenant, MeetingId meeting);

  int leaderChanged(TenantId tenant, LeaderId leader);
}
