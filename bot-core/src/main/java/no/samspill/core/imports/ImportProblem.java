package no.samspill.core.imports;

/**
 * Why one item of a source could not be imported. {@code key} is the item's source id when it is
 * known, so the meeting it names is kept as it was rather than cancelled. {@code reason} says it in
 * English for the API and the logs; {@code why} names it, so a person can be told in their own
 * language; {@code line} is where the item begins in a text source (1-based), or null.
 */
public record ImportProblem(String item, String key, String reason, Why why, Integer line) {

  /** The kinds of problem an import knows; {@code OTHER} for any a source words its own way. */
  public enum Why {
    NO_UID,
    NO_START,
    ALL_DAY,
    NO_END,
    REPEATS_TOO_OFTEN,
    RECURS_FROM_TOO_LONG_AGO,
    IMPLAUSIBLE_TIMES,
    TWICE,
    OTHER
  }

  public ImportProblem {
    why = why == null ? Why.OTHER : why;
  }

  public ImportProblem(String item, String key, String reason) {
    this(item, key, reason, Why.OTHER, null);
  }

  public static ImportProblem of(String item, String reason) {
    return new ImportProblem(item, null, reason);
  }
}
