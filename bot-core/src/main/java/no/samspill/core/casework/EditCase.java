package no.samspill.core.casework;

import java.util.Optional;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;

/** Use case: a case's title, number, owner, meetings or status change; its nudges follow. */
public class EditCase {

  private final Cases cases;
  private final Meetings meetings;
  private final Leaders leaders;
  private final Replanning replanning;

  public EditCase(Cases cases, Meetings meetings, Leaders leaders, Replanning replanning) {
    this.cases = cases;
    this.meetings = meetings;
    this.leaders = leaders;
    this.replanning = replanning;
  }

  /**
   * The case as saved; empty if the tenant has no such case.
   *
   * @throws CaseworkRefused if the draft cannot be saved; nothing is written then
   */
  public Optional<PoliticalCase> edit(TenantId tenant, CaseId id, CaseDraft draft) {
    Optional<PoliticalCase> before = cases.findById(tenant, id);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    PoliticalCase after = draft.toCase(id, tenant, before.get().createdAt(), leaders, meetings);
    cases.save(after);
    replanning.caseSaved(before.get(), after);
    return Optional.of(after);
  }
}
