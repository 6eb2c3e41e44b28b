package no.samspill.adapter.admin;

import java.util.List;
import no.samspill.core.digest.PoliticianNames;
import no.samspill.core.digest.PoliticianRegister;
import no.samspill.core.directory.TenantId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's politicians, whose names the digest masks; a PUT replaces the whole list. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/politicians")
class PoliticiansController {

  record PoliticiansBody(List<String> names) {}

  private final TenantScope scope;
  private final PoliticianRegister politicians;

  PoliticiansController(TenantScope scope, PoliticianRegister politicians) {
    this.scope = scope;
    this.politicians = politicians;
  }

  @GetMapping
  PoliticiansBody get(@PathVariable String tenantId) {
    return new PoliticiansBody(politicians.names(scope.tenant(tenantId)));
  }

  @PutMapping
  PoliticiansBody replace(@PathVariable String tenantId, @RequestBody PoliticiansBody request) {
    TenantId tenant = scope.tenant(tenantId);
    if (request.names() == null) {
      throw new BadInputException("names: required (an empty list clears it)");
    }
    PoliticianNames names = new PoliticianNames(request.names());
    politicians.replace(tenant, names);
    return new PoliticiansBody(names.names());
  }
}
