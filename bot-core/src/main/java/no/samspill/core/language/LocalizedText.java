package no.samspill.core.language;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A text written in every language Samspill speaks. */
public record LocalizedText(Map<Language, String> texts) {

  public LocalizedText {
    Objects.requireNonNull(texts, "texts");
    texts = Map.copyOf(new EnumMap<>(texts));
  }

  public static LocalizedText of(String nb, String nn, String en) {
    return new LocalizedText(Map.of(Language.NB, nb, Language.NN, nn, Language.EN, en));
  }

  /** The text in the given language, or in bokmål when that translation is missing. */
  public String in(Language language) {
    String text = texts.get(language);
    return text != null ? text : texts.get(Language.DEFAULT);
  }

  public boolean isComplete() {
    for (Language language : Language.values()) {
      String text = texts.get(language);
      if (text == null || text.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
