package no.samspill.core.digest;

import java.util.List;
import java.util.Map;
import no.samspill.core.catalogue.Theme;
import no.samspill.core.directory.TenantId;

/**
 * One tenant's digest for one week. A pattern is null when fewer than three people stand behind it;
 * lessons are already masked and attributed to a role (anonymous) or a name (named).
 */
public record Digest(
    TenantId tenantId,
    DigestWeek week,
    Map<Theme, List<Lesson>> lessons,
    ConflictPattern conflict,
    TrustPattern trust,
    Participation participation,
    String nextStepLesson,
    List<Pairing> pairings,
    LessonsUsed lessonsUsed) {

  /** Fewer people than this behind a count or chart, and it is left out. */
  public static final int MIN_PEOPLE = 3;

  public record Lesson(String text, String attribution) {}

  /** How often each conflict approach was planned and used (option ids of the five modes). */
  public record ConflictPattern(
      Map<String, Integer> planned, Map<String, Integer> used, int people) {}

  /** The average movement of trust after meetings on the 1–5 scale, this week and last. */
  public record TrustPattern(double average, Double previousAverage, int answers, int people) {}

  /** Two leaders who agreed to it and have cases before the same body soon. */
  public record Pairing(
      String leader, String otherLeader, String body, java.time.Instant meeting) {}

  /** Answers to "did you use a lesson from last week's digest?": yes, partly, not yet. */
  public record LessonsUsed(int yes, int partly, int notYet, int people) {}

  /** Nudges sent and reflections shared, this week and last. */
  public record Participation(int nudgesSent, int shared, Integer previousShared, int people) {}

  public Digest {
    lessons = Map.copyOf(lessons);
    pairings = pairings == null ? List.of() : List.copyOf(pairings);
  }

  public Digest withPairings(List<Pairing> suggested) {
    return new Digest(
        tenantId,
        week,
        lessons,
        conflict,
        trust,
        participation,
        nextStepLesson,
        suggested,
        lessonsUsed);
  }

  public boolean tooLittleToSay() {
    return lessons.isEmpty()
        && conflict == null
        && trust == null
        && lessonsUsed == null
        && pairings.isEmpty();
  }
}
