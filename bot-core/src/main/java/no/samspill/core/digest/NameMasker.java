package no.samspill.core.digest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks people's names in free text: the tenant's known politicians (full names and their parts)
 * and any run of two or more capitalised words that looks like a person's name.
 */
public final class NameMasker {

  public static final String MASK = "[…]";

  /** Two or more capitalised words in a row, e.g. "Ola Nordmann" or "Kari Anne Berg". */
  private static final Pattern PERSON =
      Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+(?:\\s+(?:av|von|van|de)?\\s*\\p{Lu}[\\p{L}'-]+)+\\b");

  /** Capitalised pairs that are institutions, not people. */
  private static final Set<String> NOT_PEOPLE_WORDS =
      Set.of(
          "Kommunestyret",
          "Formannskapet",
          "Kommunestyre",
          "Formannskap",
          "Hovedutvalg",
          "Hovudutval",
          "Utvalg",
          "Utval",
          "Høyre",
          "Arbeiderpartiet",
          "Senterpartiet",
          "Fremskrittspartiet",
          "Venstre",
          "Kristelig",
          "Folkeparti",
          "Rødt",
          "Miljøpartiet",
          "De",
          "Grønne",
          "Sosialistisk",
          "Venstreparti",
          "NAV",
          "KS",
          "Statsforvalteren");

  private final List<Pattern> known = new ArrayList<>();

  public NameMasker(Collection<String> knownNames) {
    List<String> parts = new ArrayList<>();
    for (String name : knownNames) {
      if (name == null || name.isBlank()) {
        continue;
      }
      parts.add(name.strip());
      for (String part : name.strip().split("\\s+")) {
        if (part.length() > 2) {
          parts.add(part);
        }
      }
    }
    // Longest first, so "Ola Nordmann" is masked whole before "Ola" alone.
    parts.sort(Comparator.comparingInt(String::length).reversed());
    for (String part : parts) {
      known.add(
          Pattern.compile(
              "\\b" + Pattern.quote(part) + "\\b",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  public String mask(String text) {
    return text == null ? null : scan(text, new ArrayList<>());
  }

  /** The names {@link #mask} would hide, in the order they appear first; empty if none. */
  public List<String> names(String text) {
    List<String> found = new ArrayList<>();
    if (text != null) {
      scan(text, found);
    }
    return found.stream().distinct().toList();
  }

  private String scan(String text, List<String> found) {
    String masked = text;
    for (Pattern name : known) {
      Matcher m = name.matcher(masked);
      while (m.find()) {
        found.add(m.group());
      }
      masked = m.replaceAll(Matcher.quoteReplacement(MASK));
    }
    Matcher people = PERSON.matcher(masked);
    StringBuilder out = new StringBuilder();
    while (people.find()) {
      String run = people.group();
      boolean institution =
          java.util.Arrays.stream(run.split("\\s+")).anyMatch(NOT_PEOPLE_WORDS::contains);
      if (!institution) {
        found.add(run);
      }
      people.appendReplacement(out, Matcher.quoteReplacement(institution ? run : MASK));
    }
    people.appendTail(out);
    return out.toString();
  }
}
