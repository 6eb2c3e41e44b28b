package no.samspill.core.language;

import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Samspill's own texts (commands, hints, confirmations) in the three languages. */
public final class Messages {

  private static final String BUNDLE = "no.samspill.core.language.messages";
  private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,9})}");

  private Messages() {}

  public static String get(Language language, String key, Object... args) {
    String text = bundle(language).getString(key);
    // Plain {n} placeholders: MessageFormat would eat the apostrophes in English texts. One pass,
    // so a value that itself contains "{1}" (a typed case title) is inserted as it is.
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      int i = Integer.parseInt(placeholder.group(1));
      String value = i < args.length ? String.valueOf(args[i]) : placeholder.group();
      placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return placeholder.appendTail(out).toString();
  }

  public static Set<String> keys(Language language) {
    return Collections.unmodifiableSet(bundle(language).keySet());
  }

  public static boolean has(Language language, String key) {
    try {
      bundle(language).getString(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  private static ResourceBundle bundle(Language language) {
    // Bokmål is the base bundle; the system locale must never decide which language a leader sees.
    Locale locale = language == Language.NB ? Locale.ROOT : language.locale();
    return ResourceBundle.getBundle(BUNDLE, locale, NO_SYSTEM_FALLBACK);
  }
}
