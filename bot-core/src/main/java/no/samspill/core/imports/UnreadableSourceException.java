package no.samspill.core.imports;

/** A source that could not be read at all: not reachable, not the expected format. */
public class UnreadableSourceException extends RuntimeException {

  public UnreadableSourceException(String message) {
    super(message);
  }

  public UnreadableSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
