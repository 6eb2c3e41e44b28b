package no.samspill.adapter.web;

import no.samspill.core.ConcurrentChangeException;
import no.samspill.core.conversation.UnknownReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Bad input becomes a problem+json 4xx; nothing reaches the user as a stack trace. */
@RestControllerAdvice(
    assignableTypes = {WebChatController.class, WebDemoController.class, WebDigestArchive.class})
class WebChatErrors extends ResponseEntityExceptionHandler {

  @ExceptionHandler(UnknownReferenceException.class)
  ProblemDetail unknown(UnknownReferenceException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  // Two requests for one leader raced; the loser may simply try again.
  @ExceptionHandler(ConcurrentChangeException.class)
  ProblemDetail concurrentChange(ConcurrentChangeException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT, "Changed by another request at the same time; try again.");
  }
}
