package no.samspill.core.schedule;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a nudge has the status it has, as stored beside it ({@code reason}): its words, then for some
 * a {@code ": "} and a detail (a platform's own words, a time). The console shows each in the
 * coordinator's language under {@code console.cases.reason.<code>}; a test checks every one has its
 * text in all three languages.
 */
public enum StatusReason {
  CASE_CLOSED("case closed"),
  MEETING_TAKEN_OFF_THE_CASE("meeting taken off the case"),
  CASE_PASSED_TO_ANOTHER_OWNER("case passed to another owner"),
  MEETING_DELETED("meeting deleted"),
  MEETING_CANCELLED("meeting cancelled"),
  NO_LONGER_APPLIES("no longer applies"),
  MEETING_CANCELLED_OR_BODY_NO_LONGER_FOLLOWED("meeting cancelled or body no longer followed"),
  ALREADY_REFLECTED_ON("already reflected on"),
  ALREADY_ANSWERED("already answered"),
  FLOW_FINISHED_OR_CANCELLED("flow finished or cancelled"),
  FLOW_PICKED_UP_AGAIN("flow picked up again"),
  REFLECTION_DELETED("reflection deleted"),
  LEADER_NO_LONGER_EXISTS("leader no longer exists"),
  UNREACHABLE("unreachable"),
  GAVE_UP("gave up"),
  STALE("stale"),
  /** Planned again after the platform could not take it now (a 429, a timeout). */
  RETRYING("retrying");

  private final String words;

  StatusReason(String words) {
    this.words = words;
  }

  /** What is stored when there is no detail. */
  public String text() {
    return words;
  }

  /** What is stored with a detail after it; a blank detail stores the words alone. */
  public String with(String detail) {
    return detail == null || detail.isBlank() ? words : words + ": " + detail;
  }

  /** The key's last part, e.g. {@code meeting-taken-off-the-case}. */
  public String code() {
    return words.replace(' ', '-');
  }

  /** The reason a stored text begins with; empty for none, or one this build does not know. */
  public static Optional<StatusReason> of(String stored) {
    if (stored == null || stored.isBlank()) {
      return Optional.empty();
    }
    String head = stored.split(":", 2)[0].strip().toLowerCase(Locale.ROOT);
    for (StatusReason reason : values()) {
      if (reason.words.equals(head)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
