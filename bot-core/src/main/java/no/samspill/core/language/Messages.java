package no.samspill.core.language;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samspill's own texts (commands, hints, confirmations) in the three languages. A text holds plain
 * {@code {n}} placeholders and counts as {@code {n,plural,one{# sak}other{# saker}}}: bokmål,
 * nynorsk and English all say "one" for exactly 1 and "other" for every other number.
 */
public final class Messages {

  private static final String BUNDLE = "no.samspill.core.language.messages";
  private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,9})}");
  private static final Pattern PLURAL = Pattern.compile("\\{(\\d{1,9}),plural,");

  private Messages() {}

  public static String get(Language language, String key, Object... args) {
    String text = plurals(bundle(language).getString(key), key, args);
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

  /** Picks each plural block's form for its number; '#' in the form becomes the number. */
  static String plurals(String text, String key, Object[] args) {
    Matcher start = PLURAL.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (start.find(from)) {
      out.append(text, from, start.start());
      int i = Integer.parseInt(start.group(1));
      Map<String, String> forms = new HashMap<>();
      int pos = start.end();
      while (pos < text.length() && text.charAt(pos) != '}') {
        int open = text.indexOf('{', pos);
        if (open < 0) {
          throw new IllegalArgumentException("Unclosed plural in message " + key);
        }
        int close = closing(text, open, key);
        forms.put(text.substring(pos, open).strip(), text.substring(open + 1, close));
        pos = close + 1;
      }
      if (pos >= text.length() || !forms.containsKey("one") || !forms.containsKey("other")) {
        throw new IllegalArgumentException("A plural needs one{…} and other{…} in message " + key);
      }
      Object value = i < args.length ? args[i] : null;
      String form = isOne(value) ? forms.get("one") : forms.get("other");
      out.append(form.replace("#", value == null ? "#" : String.valueOf(value)));
      from = pos + 1;
    }
    return out.append(text.substring(from)).toString();
  }

  private static boolean isOne(Object value) {
    return value instanceof Number n && n.doubleValue() == 1.0;
  }

  private static int closing(String text, int open, String key) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("Unbalanced braces in message " + key);
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
