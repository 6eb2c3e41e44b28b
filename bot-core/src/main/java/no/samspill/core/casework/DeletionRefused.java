package no.samspill.core.casework;

import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/**
 * A body or meeting that may not be deleted as things stand; nothing has been written when it is
 * thrown. The message says why for an API; {@link #explanation} says why and what to do instead, in
 * the coordinator's language.
 */
public final class DeletionRefused extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  DeletionRefused(String detail, String messageKey, Object... args) {
    super(detail);
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public String explanation(Language language) {
    return Messages.get(language, messageKey, args);
  }
}
