package no.samspill.core.casework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/**
 * A body or meeting that may not be deleted as things stand; nothing has been written when it is
 * thrown. The message says why for an API's log; {@link #explanation} says why and what to do
 * instead, in the coordinator's language, and {@link #counts} gives the figures it names.
 */
public final class DeletionRefused extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;
  private final transient Map<String, Long> counts;

  DeletionRefused(String detail, String messageKey, Object... args) {
    this(detail, messageKey, Map.of(), args);
  }

  DeletionRefused(String detail, String messageKey, Map<String, Long> counts, Object... args) {
    super(detail);
    this.messageKey = messageKey;
    this.args = args.clone();
    this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  public String explanation(Language language) {
    return Messages.get(language, messageKey, args);
  }

  /**
   * The figures behind the refusal by name (e.g. {@code meetings}, {@code reflections}), in order.
   */
  public Map<String, Long> counts() {
    return counts;
  }
}
