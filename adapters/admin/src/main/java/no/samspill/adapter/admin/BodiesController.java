package no.samspill.adapter.admin;

import java.util.List;
import no.samspill.adapter.admin.Views.BodyView;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.DeleteBody;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.SaveBody;
import no.samspill.core.directory.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/tenants/{tenantId}/bodies")
class BodiesController {

  record BodyRequest(String name, BodyKind kind) {
    SaveBody.BodyDraft draft() {
      return new SaveBody.BodyDraft(name, kind);
    }
  }

  private final TenantScope scope;
  private final PoliticalBodies bodies;
  private final SaveBody saveBody;
  private final DeleteBody deleteBody;

  BodiesController(
      TenantScope scope, PoliticalBodies bodies, SaveBody saveBody, DeleteBody deleteBody) {
    this.scope = scope;
    this.bodies = bodies;
    this.saveBody = saveBody;
    this.deleteBody = deleteBody;
  }

  @GetMapping
  List<BodyView> list(@PathVariable String tenantId) {
    return bodies.findByTenant(scope.tenant(tenantId)).stream().map(BodyView::of).toList();
  }

  @GetMapping("/{bodyId}")
  BodyView get(@PathVariable String tenantId, @PathVariable String bodyId) {
    return BodyView.of(scope.body(scope.tenant(tenantId), bodyId));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  BodyView create(@PathVariable String tenantId, @RequestBody BodyRequest request) {
    return BodyView.of(saveBody.add(scope.tenant(tenantId), request.draft()));
  }

  @PutMapping("/{bodyId}")
  BodyView update(
      @PathVariable String tenantId,
      @PathVariable String bodyId,
      @RequestBody BodyRequest request) {
    return BodyView.of(
        saveBody.change(scope.body(scope.tenant(tenantId), bodyId), request.draft()));
  }

  /**
   * 204. A body with meetings or followers goes with them only with {@code confirm=true}; without
   * it, and while a source fills the body or its meetings have reflections, a 409 says why.
   */
  @DeleteMapping("/{bodyId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @PathVariable String tenantId,
      @PathVariable String bodyId,
      @RequestParam(defaultValue = "false") boolean confirm) {
    TenantId tenant = scope.tenant(tenantId);
    deleteBody.delete(tenant, scope.body(tenant, bodyId).id(), confirm);
  }
}
