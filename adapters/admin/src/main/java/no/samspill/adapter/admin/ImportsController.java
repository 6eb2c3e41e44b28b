package no.samspill.adapter.admin;

import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportCalendarFile;
import no.samspill.core.imports.ImportLimitException;
import no.samspill.core.imports.ImportReport;
import no.samspill.core.imports.UnreadableSourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload of an .ics file into one body's meetings; answers with the import report. The upload's
 * size is bounded at the edge (samspill.http.max-upload-size), before this reads it.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/bodies/{bodyId}/imports")
class ImportsController {

  private final TenantScope scope;
  private final ImportCalendarFile importFile;

  ImportsController(TenantScope scope, ImportCalendarFile importFile) {
    this.scope = scope;
    this.importFile = importFile;
  }

  /**
   * A file beyond the reader's limits (events, occurrences of one event, meetings, time) is a 413
   * naming the limit, and nothing of it is applied. With {@code complete=true} the file is the
   * body's whole calendar, so a meeting missing from it is cancelled; otherwise the file only adds,
   * moves and cancels the events it contains.
   */
  @PostMapping(path = "/ics", consumes = "*/*")
  ResponseEntity<?> ics(
      @PathVariable String tenantId,
      @PathVariable String bodyId,
      @RequestParam(defaultValue = "false") boolean complete,
      @RequestBody(required = false) byte[] document) {
    TenantId tenant = scope.tenant(tenantId);
    PoliticalBody body = scope.body(tenant, bodyId);
    if (!importFile.available()) {
      return problem(HttpStatus.NOT_IMPLEMENTED, "iCalendar import is not installed");
    }
    if (document == null || document.length == 0) {
      throw new BadInputException("The request body is empty; send the .ics file as the body");
    }
    ImportReport report;
    try {
      report = importFile.upload(tenant, body.id(), document, complete);
    } catch (ImportLimitException e) {
      ProblemDetail tooMuch =
          ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
      tooMuch.setTitle("Import limit exceeded");
      tooMuch.setProperty("limit", e.limit());
      tooMuch.setProperty("allowed", e.value());
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooMuch);
    } catch (UnreadableSourceException e) {
      return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }
    return report.succeeded()
        ? ResponseEntity.ok(report)
        : problem(HttpStatus.UNPROCESSABLE_CONTENT, report.failure());
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
