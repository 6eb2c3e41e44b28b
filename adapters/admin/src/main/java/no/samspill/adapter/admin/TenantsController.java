package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The deployment's tenants: the operator's alone (TenantAccessFilter keeps coordinators out). */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantsController {

  record TenantRequest(String id, String name, Language language, String timeZone) {}

  record TenantView(String id, String name, Language language, String timeZone, Instant createdAt) {
    static TenantView of(Tenant t) {
      return new TenantView(
          t.id().value(), t.name(), t.language(), t.timeZone().getId(), t.createdAt());
    }
  }

  /** Ids go into paths and documents' keys: letters, digits, dot, dash and underscore. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final Tenants tenants;
  private final Clock clock;

  TenantsController(Tenants tenants, Clock clock) {
    this.tenants = tenants;
    this.clock = clock;
  }

  @GetMapping
  List<TenantView> list() {
    return tenants.findAll().stream().map(TenantView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TenantView create(@RequestBody TenantRequest request, HttpServletRequest http) {
    TenantId id = request.id() == null ? TenantId.random() : new TenantId(id(request.id()));
    String name = TenantScope.required(request.name(), "name");
    Tenant tenant =
        new Tenant(
            id,
            name,
            request.language(),
            TenantScope.zone(request.timeZone(), "timeZone"),
            clock.instant());
    if (tenants.findById(id).isPresent()) {
      throw new ConflictException("A tenant with the id '" + id.value() + "' exists already");
    }
    tenants.save(tenant);
    http.setAttribute(AdminAudit.TENANT, id.value());
    return TenantView.of(tenant);
  }

  private static String id(String id) {
    if (!ID.matcher(id).matches()) {
      throw new BadInputException(
          "The field 'id' must be 1 to 64 letters, digits, '.', '-' or '_', starting with a letter"
              + " or digit");
    }
    return id;
  }
}
