package no.samspill.core.digest;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.catalogue.Theme;

/**
 * Sorts a lesson under the theme its words speak of (bokmål, nynorsk, English stems); a lesson that
 * names none, or several equally, keeps the theme of the prompt that asked for it.
 */
final class LessonThemes {

  private static final Map<Theme, List<String>> STEMS = new EnumMap<>(Theme.class);

  static {
    STEMS.put(
        Theme.TRUST,
        List.of("tillit", "trust", "forutsig", "føreseie", "predictab", "etterrettel", "reliab"));
    STEMS.put(
        Theme.CONFLICT,
        List.of(
            "uenig",
            "usemj",
            "konflikt",
            "conflict",
            "disagree",
            "kompromiss",
            "compromis",
            "motstand",
            "kritisk",
            "critic",
            "opposition"));
    STEMS.put(
        Theme.PREPARATION,
        List.of(
            "forbered",
            "førebu",
            "saksframlegg",
            "notat",
            "tall",
            "fakta",
            "faktaark",
            "prepar",
            "paper",
            "numbers",
            "facts",
            "faglig",
            "fagleg",
            "professional"));
    STEMS.put(
        Theme.COMMUNICATION,
        List.of(
            "informer",
            "kommunik",
            "fortell",
            "snakk",
            "si fra",
            "si frå",
            "tell",
            "communicat",
            "inform",
            "talk",
            "dialog"));
  }

  private LessonThemes() {}

  static Theme of(String lesson, Theme fallback) {
    String text = lesson.toLowerCase(Locale.ROOT);
    Theme best = null;
    int bestHits = 0;
    boolean tie = false;
    for (Map.Entry<Theme, List<String>> theme : STEMS.entrySet()) {
      int hits = 0;
      for (String stem : theme.getValue()) {
        if (text.contains(stem)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        best = theme.getKey();
        bestHits = hits;
        tie = false;
      } else if (hits > 0 && hits == bestHits) {
        tie = true;
      }
    }
    return best == null || tie ? fallback : best;
  }
}
