package no.samspill.core.digest;

import java.util.List;
import java.util.Map;
import no.samspill.core.catalogue.Theme;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/**
 * One tenant's digest for one week. A pattern is null when fewer people than the tenant's anonymity
 * threshold stand behind it; lessons are already masked and attributed to a name (named), a role
 * (anonymous, held by at least that many leaders) or "a leader".
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
    LessonsUsed lessonsUsed,
    int anonymityThreshold) {

  public record Lesson(String text, Credit credit) {

    /** "Kari Nordmann, kommunalsjef", "anonymt, enhetsleder" or "anonymt, en leder". */
    public String attribution(Language language) {
      String role =
          credit.role() == null
              ? Messages.get(language, "digest.a.leader")
              : lowerFirst(credit.role());
      // "(Name, " is also how a deletion finds the leader's named lines in archived digests.
      return credit.name() != null
          ? credit.name() + ", " + role
          : Messages.get(language, "digest.anonymous", role);
    }

    /** "Enhetsleder NAV" reads "enhetsleder NAV" mid-sentence; "NAV-leder" stays as it is. */
    private static String lowerFirst(String role) {
      return role.length() > 1 && Character.isLowerCase(role.charAt(1))
          ? Character.toLowerCase(role.charAt(0)) + role.substring(1)
          : role;
    }
  }

  /**
   * Whom a lesson is credited to: a name (named lessons only) and a role, or neither for "a
   * leader".
   */
  public record Credit(String name, String role) {
    public static final Credit A_LEADER = new Credit(null, null);
  }

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
        lessonsUsed,
        anonymityThreshold);
  }

  public boolean tooLittleToSay() {
    return lessons.isEmpty()
        && conflict == null
        && trust == null
        && lessonsUsed == null
        && pairings.isEmpty();
  }
}
