package no.samspill.core.insight;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.catalogue.Measure;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.insight.Insight.Figure;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.FlowActivity;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;

/** Counts one stretch of time [from, to) and hides every figure fewer than k leaders stand on. */
final class InsightTally {

  private final List<FlowActivity> flows;
  private final List<Reflection> shared;
  private final int k;

  InsightTally(List<FlowActivity> flows, List<Reflection> shared, int k) {
    this.flows = flows;
    this.shared = shared;
    this.k = k;
  }

  Insight.Figures between(Instant from, Instant to) {
    List<Reflection> inRange =
        shared.stream().filter(r -> within(r.completedAt(), from, to)).toList();
    return new Insight.Figures(
        participation(from, to),
        trust(inRange),
        approaches(inRange, Phase.PRE, Measure.CONFLICT_PLANNED),
        approaches(inRange, Phase.POST, Measure.CONFLICT_USED),
        lessonsUsed(inRange));
  }

  private Insight.Participation participation(Instant from, Instant to) {
    Set<LeaderId> active = new HashSet<>();
    Set<LeaderId> starters = new HashSet<>();
    Set<LeaderId> finishers = new HashSet<>();
    int started = 0;
    int finished = 0;
    for (FlowActivity flow : flows) {
      if (within(flow.startedAt(), from, to)) {
        started++;
        starters.add(flow.leaderId());
        active.add(flow.leaderId());
      }
      if (within(flow.completedAt(), from, to)) {
        finished++;
        finishers.add(flow.leaderId());
        active.add(flow.leaderId());
      }
    }
    return new Insight.Participation(
        Figure.of(active.size(), active.size(), k),
        Figure.of(started, starters.size(), k),
        Figure.of(finished, finishers.size(), k));
  }

  private Insight.Trust trust(List<Reflection> inRange) {
    int sum = 0;
    int answers = 0;
    Set<LeaderId> people = new HashSet<>();
    for (Reflection r : inRange) {
      if (r.phase() != Phase.POST) {
        continue;
      }
      for (Answer a : r.answers()) {
        if (Measure.TRUST_CHANGE.name().equals(a.measure()) && a.scale() != null) {
          sum += a.scale();
          answers++;
          people.add(r.leaderId());
        }
      }
    }
    Figure leaders = Figure.of(people.size(), people.size(), k);
    return new Insight.Trust(leaders, leaders.shown() ? (double) sum / answers : null);
  }

  private Insight.Approaches approaches(List<Reflection> inRange, Phase phase, Measure measure) {
    Counts counts = new Counts();
    for (Reflection r : inRange) {
      if (r.phase() == phase) {
        counts.add(r, measure);
      }
    }
    return new Insight.Approaches(counts.leaders(), counts.figures());
  }

  private Insight.LessonsUsed lessonsUsed(List<Reflection> inRange) {
    Counts counts = new Counts();
    inRange.forEach(r -> counts.add(r, Measure.LESSON_USED));
    Map<String, Figure> byAnswer = counts.figures();
    return new Insight.LessonsUsed(
        counts.leaders(),
        byAnswer.getOrDefault("yes", Figure.HIDDEN),
        byAnswer.getOrDefault("partly", Figure.HIDDEN),
        byAnswer.getOrDefault("no", Figure.HIDDEN));
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return at != null && !at.isBefore(from) && at.isBefore(to);
  }

  /** How often each option of one measure was chosen, and by how many leaders. */
  private final class Counts {
    private final Map<String, Integer> answers = new HashMap<>();
    private final Map<String, Set<LeaderId>> choosers = new HashMap<>();
    private final Set<LeaderId> everyone = new HashSet<>();

    void add(Reflection r, Measure measure) {
      for (Answer a : r.answers()) {
        if (measure.name().equals(a.measure()) && a.option() != null) {
          answers.merge(a.option(), 1, Integer::sum);
          choosers.computeIfAbsent(a.option(), o -> new HashSet<>()).add(r.leaderId());
          everyone.add(r.leaderId());
        }
      }
    }

    Figure leaders() {
      return Figure.of(everyone.size(), everyone.size(), k);
    }

    Map<String, Figure> figures() {
      Map<String, Figure> figures = new HashMap<>();
      answers.forEach(
          (option, count) -> figures.put(option, Figure.of(count, choosers.get(option).size(), k)));
      return figures;
    }
  }
}
