package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.language.Language;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused setting (an import source, a retention period) as the console says it beside the field,
 * in the caller's language, with the field's name for a program; nothing was saved. Only these
 * controllers: casework refusals keep {@link AdminErrors}' detail, which names the value.
 */
// Ahead of AdminErrors, which would answer these in English.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {SourcesController.class, RetentionPolicyController.class})
class SettingsRefusals {

  private final TenantScope scope;

  SettingsRefusals(TenantScope scope) {
    this.scope = scope;
  }

  @ExceptionHandler(CaseworkRefused.class)
  ResponseEntity<ProblemDetail> refused(CaseworkRefused refused, HttpServletRequest http) {
    Language language = scope.caller(http);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.explanation(language));
    problem.setProperty("field", refused.field());
    return ResponseEntity.badRequest()
        .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
        .body(problem);
  }
}
