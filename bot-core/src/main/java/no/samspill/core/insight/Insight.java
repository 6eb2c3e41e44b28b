package no.samspill.core.insight;

import java.util.List;
import java.util.Map;
import no.samspill.core.digest.DigestWeek;

/**
 * A tenant's insight: each of the last weeks (oldest first, the current one last), the weeks
 * together, and the municipal term so far. Content figures come from shared reflections only; every
 * figure stands on at least {@code threshold} leaders or is hidden.
 */
public record Insight(
    int threshold, MunicipalTerm term, List<Week> weeks, Figures lastWeeks, Figures termSoFar) {

  public Insight {
    weeks = List.copyOf(weeks);
  }

  /** A number, or none when fewer leaders than the threshold stand behind it. */
  public record Figure(Integer value) {

    static final Figure HIDDEN = new Figure(null);

    static Figure of(int value, int leaders, int threshold) {
      return leaders >= threshold ? new Figure(value) : HIDDEN;
    }

    public boolean shown() {
      return value != null;
    }
  }

  /** Leaders who started or finished a flow, flows started, flows finished (private ones too). */
  public record Participation(Figure leaders, Figure started, Figure finished) {}

  /** How trust moved after meetings (1 weakened a lot, 3 unchanged, 5 strengthened a lot). */
  public record Trust(Figure leaders, Double average) {}

  /** Conflict approaches chosen, by the option's id; an approach nobody chose is absent. */
  public record Approaches(Figure leaders, Map<String, Figure> byApproach) {

    public Approaches {
      byApproach = Map.copyOf(byApproach);
    }

    public Figure of(String approach) {
      return byApproach.getOrDefault(approach, Figure.HIDDEN);
    }
  }

  /** Answers to "did you use a colleague's lesson?" after a digest. */
  public record LessonsUsed(Figure leaders, Figure yes, Figure partly, Figure notYet) {}

  /** What one stretch of time shows. */
  public record Figures(
      Participation participation,
      Trust trust,
      Approaches planned,
      Approaches used,
      LessonsUsed lessonsUsed) {}

  public record Week(DigestWeek week, boolean current, Figures figures) {}
}
