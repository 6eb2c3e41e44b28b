package no.samspill.adapter.web;

import no.samspill.core.ConcurrentChangeException;
import no.samspill.core.conversation.ConversationEngine;
import no.samspill.core.conversation.UnknownReferenceException;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Bad input becomes a problem+json 4xx whose detail is one of Samspill's own messages in the
 * language the page asked for (Accept-Language); no framework or exception text reaches the page.
 */
// Before Spring Boot's own problem-details handler, which would answer in its English words.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {WebChatController.class, WebDigestArchive.class})
class WebChatErrors extends ResponseEntityExceptionHandler {

  @ExceptionHandler(UnknownReferenceException.class)
  ProblemDetail unknown(UnknownReferenceException e, WebRequest request) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.NOT_FOUND, Messages.get(language(request), "error.notfound"));
  }

  // Two requests for one leader raced; the loser may simply try again.
  @ExceptionHandler(ConcurrentChangeException.class)
  ProblemDetail concurrentChange(ConcurrentChangeException e, WebRequest request) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT, Messages.get(language(request), "error.conflict"));
  }

  /** Spring's own answers to unreadable, invalid or unsupported requests, in our words. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Language language = language(request);
    String detail =
        status.is4xxClientError()
            ? Messages.get(language, "error.request", ConversationEngine.MAX_MESSAGE_LENGTH)
            : Messages.get(language, "error.server");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    return super.handleExceptionInternal(ex, problem, headers, status, request);
  }

  private static Language language(WebRequest request) {
    return Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
  }
}
