package no.samspill.adapter.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.samspill.adapter.admin.Views.CaseView;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.PlanNudges;
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
      String title,
      String caseNumber,
      String ownerId,
      List<String> meetingIds,
      CaseStatus status) {}

  private final TenantScope scope;
  private final Cases cases;
  private final PlanNudges planNudges;
  private final Clock clock;

  CasesController(TenantScope scope, Cases cases, PlanNudges planNudges, Clock clock) {
    this.scope = scope;
    this.cases = cases;
    this.planNudges = planNudges;
    this.clock = clock;
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

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CaseView create(@PathVariable String tenantId, @RequestBody CaseRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    return save(null, build(tenant, CaseId.random(), request, clock.instant()));
  }

  @PutMapping("/{caseId}")
  CaseView update(
      @PathVariable String tenantId,
      @PathVariable String caseId,
      @RequestBody CaseRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    PoliticalCase old = scope.politicalCase(tenant, caseId);
    return save(old, build(tenant, old.id(), request, old.createdAt()));
  }

  private CaseView save(PoliticalCase before, PoliticalCase politicalCase) {
    cases.save(politicalCase);
    planNudges.caseSaved(before, politicalCase);
    return CaseView.of(politicalCase);
  }

  private PoliticalCase build(
      TenantId tenant, CaseId id, CaseRequest request, java.time.Instant createdAt) {
    String title = TenantScope.required(request.title(), "title", PoliticalCase.MAX_TITLE_LENGTH);
    TenantScope.limited(request.caseNumber(), "caseNumber", PoliticalCase.MAX_CASE_NUMBER_LENGTH);
    LeaderId owner =
        request.ownerId() == null
            ? null
            : TenantScope.referenced("ownerId", () -> scope.leader(tenant, request.ownerId())).id();
    List<MeetingId> meetingIds = new ArrayList<>();
    List<String> requested = request.meetingIds() == null ? List.of() : request.meetingIds();
    for (int i = 0; i < requested.size(); i++) {
      String meetingId = requested.get(i);
      meetingIds.add(
          TenantScope.referenced("meetingIds[" + i + "]", () -> scope.meeting(tenant, meetingId))
              .id());
    }
    return new PoliticalCase(
        id, tenant, title, request.caseNumber(), owner, meetingIds, request.status(), createdAt);
  }
}
