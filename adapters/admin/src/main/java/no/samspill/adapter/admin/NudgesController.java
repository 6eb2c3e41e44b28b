package no.samspill.adapter.admin;

import java.util.List;
import no.samspill.adapter.admin.Views.NudgeView;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Planned, sent, failed and expired nudges, with their reasons; each is one leader's. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/nudges")
class NudgesController {

  private final TenantScope scope;
  private final Nudges nudges;

  NudgesController(TenantScope scope, Nudges nudges) {
    this.scope = scope;
    this.nudges = nudges;
  }

  @GetMapping
  @ReadsPersonalData
  List<NudgeView> list(
      @PathVariable String tenantId,
      @RequestParam(defaultValue = "PLANNED") NudgeStatus status,
      @RequestParam(defaultValue = "100") int limit) {
    return nudges.find(scope.tenant(tenantId), status, Math.min(Math.max(limit, 1), 1000)).stream()
        .map(NudgeView::of)
        .toList();
  }
}
