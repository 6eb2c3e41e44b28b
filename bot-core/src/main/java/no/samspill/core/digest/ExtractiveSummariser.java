package no.samspill.core.digest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The default, offline summariser: takes each lesson's first sentence, shortens it, and drops a
 * lesson whose words mostly repeat one already kept. Deterministic: same input, same digest.
 */
public final class ExtractiveSummariser implements Summariser {

  static final int MAX_CHARS = 160;
  static final double NEAR_DUPLICATE = 0.6;

  @Override
  public List<String> summarise(List<String> lessons, int max) {
    List<String> kept = new ArrayList<>();
    List<Set<String>> keptWords = new ArrayList<>();
    for (String lesson : lessons) {
      if (kept.size() >= max || lesson == null || lesson.isBlank()) {
        continue;
      }
      String shortened = shorten(firstSentence(lesson.strip()));
      Set<String> words = words(shortened);
      if (keptWords.stream().noneMatch(other -> similarity(words, other) >= NEAR_DUPLICATE)) {
        kept.add(shortened);
        keptWords.add(words);
      }
    }
    return kept;
  }

  static String firstSentence(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && Character.isWhitespace(text.charAt(i + 1))
          && i > 20) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  static String shorten(String sentence) {
    if (sentence.length() <= MAX_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_CHARS - 1);
    return sentence.substring(0, cut > 40 ? cut : MAX_CHARS - 1).strip() + "…";
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        words.add(w);
      }
    }
    return words;
  }

  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / Math.min(a.size(), b.size());
  }
}
