package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.DeletionRefused;
import no.samspill.core.language.Language;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/** Every admin error is a problem+json 4xx that names what was wrong; never a stack trace. */
// Ahead of Boot's global problem-details advice, which would answer with a vaguer detail; behind
// SettingsRefusals, which says a refused setting in the caller's language.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RestControllerAdvice(basePackageClasses = AdminErrors.class)
class AdminErrors extends ResponseEntityExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  private final TenantScope scope;

  AdminErrors(TenantScope scope) {
    this.scope = scope;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  /** Why a body or meeting stays, in the caller's language, with its figures as fields too. */
  @ExceptionHandler(DeletionRefused.class)
  ResponseEntity<ProblemDetail> deletionRefused(
      DeletionRefused refused, HttpServletRequest request) {
    Language language = scope.caller(request);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.explanation(language));
    refused.counts().forEach(problem::setProperty);
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
        .body(problem);
  }

  @ExceptionHandler({
    BadInputException.class,
    CaseworkRefused.class,
    IllegalArgumentException.class
  })
  ProblemDetail badInput(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "The request body is not valid JSON for this resource";
    if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
      String field =
          jackson.getPath().stream()
              .map(
                  r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      detail = "The field '" + field + "' has a value of the wrong form";
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
  }
}
