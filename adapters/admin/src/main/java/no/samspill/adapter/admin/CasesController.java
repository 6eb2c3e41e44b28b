package no.samspill.adapter.admin;

import java.util.List;
import no.samspill.adapter.admin.Views.CaseView;
import no.samspill.adapter.admin.Views.NudgeView;
import no.samspill.core.casework.CaseDraft;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.EditCase;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.RegisterCase;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.CaseNudges;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/cases")
class CasesController {

  record CaseRequest(
      String title, String caseNumber, String ownerId, List<String> meetingIds, CaseStatus status) {

    CaseDraft draft() {
      return new CaseDraft(
          title,
          caseNumber,
          ownerId == null ? null : new LeaderId(ownerId),
          meetingIds == null ? List.of() : meetingIds.stream().map(MeetingId::new).toList(),
          status);
    }
  }

  private final TenantScope scope;
  private final Cases cases;
  private final RegisterCase registerCase;
  private final EditCase editCase;
  private final CaseNudges caseNudges;

  CasesController(
      TenantScope scope,
      Cases cases,
      RegisterCase registerCase,
      EditCase editCase,
      CaseNudges caseNudges) {
    this.scope = scope;
    this.cases = cases;
    this.registerCase = registerCase;
    this.editCase = editCase;
    this.caseNudges = caseNudges;
  }

  @GetMapping
  List<CaseView> byOwner(@PathVariable String tenantId, @RequestParam String ownerId) {
    TenantId tenant = scope.tenant(tenantId);
    LeaderId owner = scope.leader(tenant, ownerId).id();
    return cases.findByOwner(tenant, owner).stream().map(CaseView::of).toList();
  }

  @GetMapping("/{caseId}")
  CaseView get(@PathVariable String tenantId, @PathVariable String caseId) {
    return CaseView.of(scope.politicalCase(scope.tenant(tenantId), caseId));
  }

  /**
   * The case's nudges, soonest first, as the console's case page lists them: a planned one only if
   * it would still be sent; the others with their reasons.
   */
  @GetMapping("/{caseId}/nudges")
  @ReadsPersonalData
  List<NudgeView> nudges(@PathVariable String tenantId, @PathVariable String caseId) {
    return caseNudges.of(scope.politicalCase(scope.tenant(tenantId), caseId)).stream()
        .map(NudgeView::of)
        .toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CaseView create(@PathVariable String tenantId, @RequestBody CaseRequest request) {
    return CaseView.of(registerCase.register(scope.tenant(tenantId), request.draft()));
  }

  @PutMapping("/{caseId}")
  CaseView update(
      @PathVariable String tenantId,
      @PathVariable String caseId,
      @RequestBody CaseRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    PoliticalCase old = scope.politicalCase(tenant, caseId);
    return editCase
        .edit(tenant, old.id(), request.draft())
        .map(CaseView::of)
        .orElseThrow(() -> new NotFoundException("Unknown case '" + caseId + "'"));
  }
}
