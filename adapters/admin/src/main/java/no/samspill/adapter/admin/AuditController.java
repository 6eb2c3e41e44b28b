package no.samspill.adapter.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.privacy.AuditTrail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's audit trail, newest first: one page at a time, or whole as a JSON download. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/audit")
class AuditController {

  static final int MAX_PAGE_SIZE = 500;

  record EntryView(
      String id,
      Instant at,
      String kind,
      String actorKind,
      String actor,
      String actorIdentity,
      String subject,
      String what,
      String remoteAddress) {
    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.id(),
          e.at(),
          e.action(),
          e.actorKind(),
          value(e.actor()),
          e.actorIdentity(),
          value(e.subject()),
          e.what(),
          e.remoteAddress());
    }

    private static String value(LeaderId id) {
      return id == null ? null : id.value();
    }
  }

  record PageView(List<EntryView> entries, int page, int size, boolean more) {}

  record ExportView(
      String tenantId, Instant exportedAt, List<EntryView> entries, boolean truncated) {}

  private final TenantScope scope;
  private final AuditTrail trail;
  private final Clock clock;

  AuditController(TenantScope scope, AuditTrail trail, Clock clock) {
    this.scope = scope;
    this.trail = trail;
    this.clock = clock;
  }

  /** {@code from} is inclusive and {@code to} exclusive, both ISO-8601 instants. */
  @GetMapping
  PageView page(
      @PathVariable String tenantId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || page > 1_000_000) {
      throw new BadInputException("The parameter 'page' must be between 0 and 1000000");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new BadInputException("The parameter 'size' must be between 1 and " + MAX_PAGE_SIZE);
    }
    AuditQuery query = query(scope.tenant(tenantId), kind, from, to, page * size, size);
    AuditTrail.Page found = trail.page(query);
    return new PageView(
        found.entries().stream().map(EntryView::of).toList(), page, size, found.more());
  }

  @GetMapping("/export")
  ResponseEntity<ExportView> export(
      @PathVariable String tenantId,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to) {
    TenantId tenant = scope.tenant(tenantId);
    AuditTrail.Page all = trail.export(query(tenant, kind, from, to, 0, 1));
    ExportView body =
        new ExportView(
            tenant.value(),
            clock.instant(),
            all.entries().stream().map(EntryView::of).toList(),
            all.more());
    String file = "samspill-audit-" + tenant.value() + ".json";
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .body(body);
  }

  private static AuditQuery query(
      TenantId tenant, String kind, Instant from, Instant to, int offset, int size) {
    if (kind != null && !AuditEntry.KINDS.contains(kind)) {
      throw new BadInputException(
          "The parameter 'kind' must be one of " + AuditEntry.KINDS.stream().sorted().toList());
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new BadInputException("The parameter 'from' must be before 'to'");
    }
    return new AuditQuery(tenant, kind, from, to, offset, size);
  }
}
