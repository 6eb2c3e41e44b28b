package no.samspill.adapter.teams;

import java.util.Locale;
import java.util.ResourceBundle;
import no.samspill.core.language.Language;

/** The texts the adapter adds around the engine's replies (card chrome, welcome) per language. */
final class CardTexts {

  private static final String BUNDLE = "no.samspill.adapter.teams.cards";
  private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private CardTexts() {}

  static String get(Language language, String key, Object... args) {
    // Bokmål is the base bundle; the server's locale must never pick the language.
    Locale locale = language == Language.NB ? Locale.ROOT : language.locale();
    String text = ResourceBundle.getBundle(BUNDLE, locale, NO_SYSTEM_FALLBACK).getString(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
