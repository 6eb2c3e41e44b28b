package no.samspill.core.privacy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import no.samspill.core.catalogue.Measure;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Reflection;

/**
 * Takes a leader's named lessons out of the digests already archived: all of them, or those of one
 * reflection. Anonymous lines name nobody, so they stay.
 */
final class ArchiveErasure {

  private final DigestPosts digests;

  ArchiveErasure(DigestPosts digests) {
    this.digests = digests;
  }

  /** Every line the leader's name is on. */
  void eraseAllOf(Leader leader) {
    erase(leader, lesson -> true);
  }

  /** The lines of one reflection's lessons: named lines whose words all come from a lesson. */
  void eraseLessonsOf(Leader leader, Reflection reflection) {
    List<Set<String>> lessons =
        reflection.answers().stream()
            .filter(a -> Measure.LESSON.name().equals(a.measure()))
            .map(Answer::text)
            .filter(t -> t != null && !t.isBlank())
            .map(ArchiveErasure::words)
            .toList();
    if (!lessons.isEmpty()) {
      erase(leader, line -> lessons.stream().anyMatch(words -> fromLesson(line, words)));
    }
  }

  private void erase(Leader leader, Predicate<String> lessonText) {
    // A named line reads "• lesson (Name, role)"; see the digest's attribution.
    String named = "(" + leader.name() + ", ";
    Predicate<String> erased =
        line -> {
          int at = line.indexOf(named);
          return at >= 0 && lessonText.test(line.substring(0, at));
        };
    digests.rewriteArchive(
        leader.tenantId(),
        sections ->
            sections.stream()
                .map(
                    s ->
                        new DigestText.Section(
                            s.heading(), s.lines().stream().filter(erased.negate()).toList()))
                .filter(s -> !s.lines().isEmpty())
                .toList());
  }

  /** Masked names and a shortened end leave out words, never add any; the last may be cut. */
  private static boolean fromLesson(String line, Set<String> lessonWords) {
    List<String> shown = tokens(line);
    if (shown.isEmpty()) {
      return false;
    }
    for (int i = 0; i < shown.size() - 1; i++) {
      if (!lessonWords.contains(shown.get(i))) {
        return false;
      }
    }
    String last = shown.get(shown.size() - 1);
    return lessonWords.stream().anyMatch(w -> w.startsWith(last));
  }

  private static Set<String> words(String text) {
    return new HashSet<>(tokens(text));
  }

  private static List<String> tokens(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
