package no.samspill.core;

import java.time.Duration;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/**
 * Thrown by a port when the database cannot be reached or does not answer in time. A write may or
 * may not have happened; the person should be told to try again in a moment.
 */
public class StorageUnavailableException extends RuntimeException {

  /** How soon a retry makes sense: a restarted or failed-over database is usually back by then. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  public StorageUnavailableException(Throwable cause) {
    super("Storage is unavailable right now", cause);
  }

  /** What to tell the person, in their language. */
  public String explanation(Language language) {
    return Messages.get(language, "storage.unavailable");
  }
}
