package no.samspill.core.digest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's politicians' names as the coordinator lists them, for masking: trimmed, each once
 * (ignoring case), bounded in number and length, and each with at least two letters, since a single
 * letter would mask every word that contains it as a whole word.
 */
public record PoliticianNames(List<String> names) {

  public static final int MAX_NAMES = 1000;
  public static final int MAX_LENGTH = 100;

  public PoliticianNames {
    Objects.requireNonNull(names, "names");
    if (names.size() > MAX_NAMES) {
      throw new IllegalArgumentException("names: at most " + MAX_NAMES + " names");
    }
    List<String> kept = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).strip().replaceAll("\\s+", " ");
      if (name.codePoints().filter(Character::isLetter).count() < 2) {
        throw new IllegalArgumentException("names[" + i + "]: a name needs at least two letters");
      }
      if (name.length() > MAX_LENGTH) {
        throw new IllegalArgumentException(
            "names[" + i + "]: at most " + MAX_LENGTH + " characters");
      }
      if (seen.add(name.toLowerCase(Locale.ROOT))) {
        kept.add(name);
      }
    }
    names = List.copyOf(kept);
  }
}
