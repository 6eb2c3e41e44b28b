package no.samspill.app;

import no.samspill.core.StorageUnavailableException;
import no.samspill.core.language.Language;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * While the database is away, every JSON API (web chat, admin) answers 503 problem+json with when
 * to retry and a sentence in the caller's language (Accept-Language, bokmål by default): one rule
 * for all controllers rather than a copy in each adapter.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class StorageOutageProblems {

  @ExceptionHandler(StorageUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(StorageUnavailableException e, WebRequest request) {
    Language language = Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.explanation(language));
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(
            HttpHeaders.RETRY_AFTER,
            String.valueOf(StorageUnavailableException.RETRY_AFTER.toSeconds()))
        .body(problem);
  }
}
