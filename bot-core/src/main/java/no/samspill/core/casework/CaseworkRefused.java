package no.samspill.core.casework;

import java.util.Optional;
import java.util.function.Supplier;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/**
 * Casework or settings input that cannot be saved; nothing has been written when it is thrown. The
 * message names the field for an API; {@link #explanation} says it to a leader in their language.
 */
public final class CaseworkRefused extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] args;

  public CaseworkRefused(String field, String detail, String messageKey, Object... args) {
    super(detail);
    this.field = field;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  /** The request field that was refused, e.g. {@code title} or {@code agenda[0].title}. */
  public String field() {
    return field;
  }

  public String explanation(Language language) {
    return Messages.get(language, messageKey, args);
  }

  /** A required text: blank is refused, and so is one over the limit; returned stripped. */
  static String required(String value, String field, int maxLength, String messageKey) {
    if (value == null || value.isBlank()) {
      throw new CaseworkRefused(
          field, "The field '" + field + "' is required", messageKey, maxLength);
    }
    return limited(value, field, maxLength, messageKey).strip();
  }

  /** An optional text: null stays null, a blank one becomes null, one over the limit is refused. */
  static String limited(String value, String field, int maxLength, String messageKey) {
    if (value != null && value.length() > maxLength) {
      throw new CaseworkRefused(
          field,
          "The field '" + field + "' is longer than " + maxLength + " characters",
          messageKey,
          maxLength);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A reference to something in the tenant that must exist. */
  static <T> T existing(String field, String what, String id, Supplier<Optional<T>> find) {
    return find.get()
        .orElseThrow(
            () ->
                new CaseworkRefused(
                    field,
                    "The field '" + field + "': Unknown " + what + " '" + id + "'",
                    "invalid.choice"));
  }

  static CaseworkRefused meeting(String problem) {
    return new CaseworkRefused(
        "start", "The meeting cannot be saved: " + problem, "casework.refused");
  }
}
