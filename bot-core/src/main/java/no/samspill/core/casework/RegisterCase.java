package no.samspill.core.casework;

import java.time.Clock;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;

/** Use case: a leader or the admin API registers a case; its nudges are planned at once. */
public class RegisterCase {

  private final Cases cases;
  private final Meetings meetings;
  private final Leaders leaders;
  private final Replanning replanning;
  private final Clock clock;

  public RegisterCase(
      Cases cases, Meetings meetings, Leaders leaders, Replanning replanning, Clock clock) {
    this.cases = cases;
    this.meetings = meetings;
    this.leaders = leaders;
    this.replanning = replanning;
    this.clock = clock;
  }

  /**
   * @throws CaseworkRefused if the draft cannot be saved; nothing is written then
   */
  public PoliticalCase register(TenantId tenant, CaseDraft draft) {
    PoliticalCase created =
        draft.toCase(CaseId.random(), tenant, clock.instant(), leaders, meetings);
    cases.save(created);
    replanning.caseSaved(null, created);
    return created;
  }
}
