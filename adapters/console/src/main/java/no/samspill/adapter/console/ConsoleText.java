package no.samspill.adapter.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.samspill.core.delivery.Reach;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.schedule.StatusReason;

/**
 * The console's texts in the coordinator's language, for the templates ({@code t.m('key')}): from
 * bot-core's one bundle, so the console says "ukesammendraget" exactly as the chat does.
 */
final class ConsoleText {

  private final Language language;

  ConsoleText(Language language) {
    this.language = language;
  }

  public String m(String key, Object... args) {
    return Messages.get(language, key, args);
  }

  public String lang() {
    return language.code();
  }

  /** A moment as the coordinator reads it: date and time in their language, in {@code zone}. */
  String time(Instant when, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(language.locale())
        .withZone(zone)
        .format(when);
  }

  /** The day of a leader's last activity in {@code zone}: today, yesterday or a date, or never. */
  String lastActive(Instant when, Instant now, ZoneId zone) {
    if (when == null) {
      return m("console.lastActive.never");
    }
    LocalDate day = when.atZone(zone).toLocalDate();
    LocalDate today = now.atZone(zone).toLocalDate();
    if (!day.isBefore(today)) {
      return m("console.lastActive.today");
    }
    if (day.equals(today.minusDays(1))) {
      return m("console.lastActive.yesterday");
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(language.locale())
        .format(day);
  }

  /**
   * A stored reason in the coordinator's words: its code is the text before any ':' detail; the
   * detail (a platform's own words) is not shown.
   */
  String nudgeReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return m("console.none");
    }
    // A reason an older or newer build stored, unknown to this one, still says something.
    return StatusReason.of(reason)
        .map(known -> m("console.cases.reason." + known.code()))
        .orElseGet(() -> m("console.cases.reason.other"));
  }

  /** A chat platform's name as people know it ("Microsoft Teams"); none as a dash. */
  String platform(String channel) {
    if (channel == null) {
      return m("console.none");
    }
    String key = "console.platform." + channel;
    return Messages.has(language, key) ? m(key) : channel;
  }

  /** Why Samspill cannot reach a leader, naming the platform; empty when it can. */
  String unreachable(Reach reach) {
    return reach.reachable()
        ? ""
        : m("console.reach." + reach.problem().name(), platform(reach.platform()));
  }

  Language language() {
    return language;
  }
}
