package no.samspill.core.reflection;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to one prompt. Exactly one of option, scale or text is set, or none when skipped; the
 * measure is copied from the catalogue so answers stay comparable across catalogue versions.
 */
public record Answer(
    String promptId,
    String measure,
    String option,
    Integer scale,
    String text,
    boolean skipped,
    Instant answeredAt) {

  public Answer {
    Objects.requireNonNull(promptId, "promptId");
  }

  public static Answer skipped(String promptId, String measure, Instant at) {
    return new Answer(promptId, measure, null, null, null, true, at);
  }

  public static Answer option(String promptId, String measure, String option, Instant at) {
    return new Answer(promptId, measure, option, null, null, false, at);
  }

  public static Answer scale(String promptId, String measure, int scale, Instant at) {
    return new Answer(promptId, measure, null, scale, null, false, at);
  }

  public static Answer text(String promptId, String measure, String text, Instant at) {
    return new Answer(promptId, measure, null, null, text, false, at);
  }
}
