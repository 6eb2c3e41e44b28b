package no.samspill.core.imports;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

/**
 * A source that could not be read at all: not reachable, not the expected format. The message is
 * for the operator's log; {@link #failure()} and {@link #detail()} are what a coordinator is told.
 */
public class UnreadableSourceException extends RuntimeException {

  private final ImportFailure failure;
  private final String detail;

  public UnreadableSourceException(String message) {
    this(message, ImportFailure.NOT_READABLE, null, null);
  }

  /** An I/O cause is a source that could not be reached (or not in time); others are unreadable. */
  public UnreadableSourceException(String message, Throwable cause) {
    this(message, of(cause), null, cause);
  }

  public UnreadableSourceException(
      String message, ImportFailure failure, String detail, Throwable cause) {
    super(message, cause);
    this.failure = failure;
    this.detail = detail;
  }

  /** A source that answered with an HTTP error status. */
  public static UnreadableSourceException httpStatus(String message, int status) {
    return new UnreadableSourceException(
        message, ImportFailure.HTTP_STATUS, Integer.toString(status), null);
  }

  public ImportFailure failure() {
    return failure;
  }

  public String detail() {
    return detail;
  }

  private static ImportFailure of(Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      return ImportFailure.TIMEOUT;
    }
    return cause instanceof IOException ? ImportFailure.UNREACHABLE : ImportFailure.NOT_READABLE;
  }
}
