package no.samspill.adapter.admin;

import java.time.Instant;
import java.util.List;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.Tenants;
import no.samspill.core.retention.ExportSharedMaterial;
import no.samspill.core.retention.ExportSharedMaterial.SharedLesson;
import no.samspill.core.retention.ExportSharedMaterial.SharedMaterial;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's shared material as JSON, for its archive (arkivlova) or an innsyn request: shared
 * lessons as the digests show them, and the digests as posted. Never a private reflection.
 */
@RestController
class SharedExportController {

  record DigestView(
      String week,
      String title,
      Instant postedAt,
      List<DigestText.Section> sections,
      String chartAltText) {
    static DigestView of(ArchivedDigest d) {
      return new DigestView(d.week(), d.title(), d.postedAt(), d.sections(), d.chartAltText());
    }
  }

  record SharedExportView(
      String tenantId,
      String tenantName,
      Instant exportedAt,
      List<SharedLesson> sharedLessons,
      List<DigestView> digests) {}

  private final TenantScope scope;
  private final Tenants tenants;
  private final ExportSharedMaterial export;

  SharedExportController(TenantScope scope, Tenants tenants, ExportSharedMaterial export) {
    this.scope = scope;
    this.tenants = tenants;
    this.export = export;
  }

  @GetMapping("/api/v1/tenants/{tenantId}/export/shared")
  SharedExportView export(@PathVariable String tenantId) {
    var tenant = tenants.findById(scope.tenant(tenantId)).orElseThrow();
    SharedMaterial material = export.export(tenant);
    return new SharedExportView(
        tenant.id().value(),
        tenant.name(),
        material.exportedAt(),
        material.lessons(),
        material.digests().stream().map(DigestView::of).toList());
  }
}
