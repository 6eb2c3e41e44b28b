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

  /** A language by code ("nn") or name ("nynorsk", "English"), as a leader might type it. */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(wanted)
          || language.nativeName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(language);
      }
    }
    return switch (wanted) {
      case "norsk", "bokmal", "no", "nb-no" -> Optional.of(NB);
      case "nn-no" -> Optional.of(NN);
      case "engelsk", "en-gb", "en-us" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }

  /**
   * Reads a channel's locale tag ("nb-NO", "nn", "no", "en-GB"); Norwegian without a written
   * standard means bokmål, anything unknown falls back to the default.
   */
  public static Language fromLocaleTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return DEFAULT;
    }
    // A tag of dashes alone splits into nothing; it names no language, like an unknown one.
    String[] subtags = tag.trim().replace('_', '-').split("-");
    String primary = subtags.length == 0 ? "" : subtags[0].toLowerCase(Locale.ROOT);
    return switch (primary) {
      case "nn" -> NN;
      case "en" -> EN;
      default -> DEFAULT;
    };
  }

  /**
   * The most wanted of our languages in an HTTP Accept-Language header ("en-GB,en;q=0.9"); the
   * default when it names none of them or cannot be read.
   */
  public static Language fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        String primary = range.getRange().split("-")[0];
        if (primary.equals("nb") || primary.equals("no")) {
          return NB;
        }
        if (primary.equals("nn")) {
          return NN;
        }
        if (primary.equals("en")) {
          return EN;
        }
      }
    } catch (IllegalArgumentException unreadable) {
      return DEFAULT;
    }
    return DEFAULT;
  }
}
