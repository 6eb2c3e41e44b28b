package no.samspill.core.language;

import java.util.Locale;
import java.util.Optional;

/** A language a leader can choose; bokmål is the default. */
public enum Language {
  NB("nb", "Bokmål"),
  NN("nn", "Nynorsk"),
  EN("en", "English");

  public static final Language DEFAULT = NB;

  private final String code;
  private final String nativeName;

  Language(String code, String nativeName) {
    this.code = code;
    this.nativeName = nativeName;
  }

  public String code() {
    return code;
  }

  public String nativeName() {
    return nativeName;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code.trim())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a channel's locale tag ("nb-NO", "nn", "no", "en-GB"); Norwegian without a written
   * standard means bokmål, anything unknown falls back to the default.
   */
  public static Language fromLocaleTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return DEFAULT;
    }
    String primary = tag.trim().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
    return switch (primary) {
      case "nn" -> NN;
      case "en" -> EN;
      default -> DEFAULT;
    };
  }
}
