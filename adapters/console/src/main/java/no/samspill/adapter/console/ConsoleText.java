package no.samspill.adapter.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

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

  Language language() {
    return language;
  }
}
