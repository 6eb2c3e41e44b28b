package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.ImportFromSources.SourceStatus;
import no.samspill.core.imports.ImportRun;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ManageImportSources;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's calendar feeds and eInnsyn sources, through the console's use cases: listed with
 * their last runs, added, changed, removed and imported now. The deployment's configured sources
 * are listed but cannot be changed here (409); a refused field and an import already running are
 * problems in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/sources")
class SourcesController {

  record SourceRequest(
      ImportSource.Kind kind, String bodyId, String url, String unit, String utvalg) {

    ManageImportSources.Draft draft() {
      return new ManageImportSources.Draft(kind, bodyId, url, unit, utvalg);
    }

    /** The stored source changed by the fields given; its kind stays. */
    ManageImportSources.Draft over(ImportSource s) {
      return new ManageImportSources.Draft(
          s.kind(),
          bodyId == null ? s.body().value() : bodyId,
          url == null ? s.url() : url,
          unit == null ? s.unit() : unit,
          utvalg == null ? s.utvalg() : utvalg);
    }
  }

  /** A run: {@code result} is {@code OK} or why nothing changed (e.g. {@code HTTP_STATUS}). */
  record RunView(
      Instant at,
      String result,
      String detail,
      int created,
      int updated,
      int cancelled,
      int unchanged,
      int problems) {

    static RunView of(ImportRun r) {
      String result = r.succeeded() ? "OK" : r.failure().name();
      return new RunView(
          r.at(),
          result,
          r.detail(),
          r.created(),
          r.updated(),
          r.cancelled(),
          r.unchanged(),
          r.problems());
    }
  }

  /**
   * A source; a configured feed's query is not shown (it may be the operator's secret), and {@code
   * importedBy} names the source whose imports cover this one when it repeats it.
   */
  record SourceView(
      String id,
      ImportSource.Kind kind,
      String bodyId,
      String url,
      String unit,
      String utvalg,
      boolean configured,
      String importedBy,
      RunView lastRun) {

    static SourceView of(SourceStatus status) {
      ImportSource s = status.source();
      return new SourceView(
          s.id(),
          s.kind(),
          s.body().value(),
          s.url() == null || !s.configured() ? s.url() : ImportSource.withoutQuery(s.url()),
          s.unit(),
          s.utvalg(),
          s.configured(),
          status.importedBy().map(ImportSource::id).orElse(null),
          status.lastRun().map(RunView::of).orElse(null));
    }
  }

  private final TenantScope scope;
  private final ImportFromSources imports;
  private final ManageImportSources manage;

  SourcesController(TenantScope scope, ImportFromSources imports, ManageImportSources manage) {
    this.scope = scope;
    this.imports = imports;
    this.manage = manage;
  }

  @GetMapping
  List<SourceView> list(@PathVariable String tenantId) {
    return imports.list(scope.tenant(tenantId)).stream().map(SourceView::of).toList();
  }

  @GetMapping("/{sourceId}")
  SourceView get(@PathVariable String tenantId, @PathVariable String sourceId) {
    return view(scope.tenant(tenantId), sourceId);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  SourceView create(@PathVariable String tenantId, @RequestBody SourceRequest request) {
    TenantId tenant = scope.tenant(tenantId);
    if (request.kind() == null) {
      throw new BadInputException("The field 'kind' is required: ICS or EINNSYN");
    }
    return view(tenant, manage.add(tenant, request.draft()).id());
  }

  /** Changes the fields given (an empty utvalg clears it); the kind stays the stored one's. */
  @PutMapping("/{sourceId}")
  SourceView update(
      @PathVariable String tenantId,
      @PathVariable String sourceId,
      @RequestBody SourceRequest request,
      HttpServletRequest http) {
    TenantId tenant = scope.tenant(tenantId);
    ImportSource stored = stored(tenant, sourceId, http);
    manage.edit(tenant, stored.id(), request.over(stored));
    return view(tenant, stored.id());
  }

  /** The meetings it imported stay. */
  @DeleteMapping("/{sourceId}")
  ResponseEntity<Void> remove(
      @PathVariable String tenantId, @PathVariable String sourceId, HttpServletRequest http) {
    TenantId tenant = scope.tenant(tenantId);
    if (!manage.remove(tenant, stored(tenant, sourceId, http).id())) {
      throw unknown(sourceId);
    }
    return ResponseEntity.noContent().build();
  }

  /** 200 with the run (a failed read too: its result says why); 409 while one is running. */
  @PostMapping("/{sourceId}/import")
  ResponseEntity<?> importNow(
      @PathVariable String tenantId, @PathVariable String sourceId, HttpServletRequest http) {
    TenantId tenant = scope.tenant(tenantId);
    ImportFromSources.ImportNow done =
        imports.importNow(tenant, sourceId).orElseThrow(() -> unknown(sourceId));
    if (done.alreadyRunning()) {
      return problem(HttpStatus.CONFLICT, "admin.sources.running", scope.caller(tenant, http));
    }
    return ResponseEntity.ok(RunView.of(done.run().orElseThrow()));
  }

  private SourceView view(TenantId tenant, String id) {
    return imports.list(tenant).stream()
        .filter(s -> s.source().id().equals(id))
        .findFirst()
        .map(SourceView::of)
        .orElseThrow(() -> unknown(id));
  }

  private ImportSource stored(TenantId tenant, String id, HttpServletRequest http) {
    ImportSource source = imports.find(tenant, id).orElseThrow(() -> unknown(id));
    if (source.configured()) {
      throw new Configured(scope.caller(tenant, http));
    }
    return source;
  }

  @ExceptionHandler(Configured.class)
  ResponseEntity<ProblemDetail> configured(Configured e) {
    return problem(HttpStatus.CONFLICT, "admin.sources.configured", e.language);
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String key, Language language) {
    return ResponseEntity.status(status)
        .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
        .body(ProblemDetail.forStatusAndDetail(status, Messages.get(language, key)));
  }

  private static NotFoundException unknown(String id) {
    return new NotFoundException("Unknown source '" + id + "'");
  }

  /** A configured source asked to change; answered 409 in the caller's language. */
  static final class Configured extends RuntimeException {
    private final transient Language language;

    Configured(Language language) {
      super("configured", null, false, false);
      this.language = language;
    }
  }
}
