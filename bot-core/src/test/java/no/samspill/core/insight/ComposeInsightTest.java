package no.samspill.core.insight;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import no.samspill.core.directory.Leader;
import no.samspill.core.insight.Insight.Figure;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.SchedulePolicy;
import no.samspill.core.testing.InMemoryReflections;
import no.samspill.core.testing.InMemorySchedulePolicies;
import no.samspill.core.testing.ReflectionBuilder;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Now is Wednesday 4 March 2026 (week 10): the last twelve weeks are 2025-W51 to 2026-W10. */
class ComposeInsightTest {

  private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");

  /** Tuesday of week 8 and of week 9, in the afternoon (Oslo). */
  private static final Instant WEEK_8 = Instant.parse("2026-02-17T13:00:00Z");

  private static final Instant WEEK_9 = Instant.parse("2026-02-24T13:00:00Z");

  private final InMemoryReflections reflections = new InMemoryReflections();
  private final InMemorySchedulePolicies policies = new InMemorySchedulePolicies();
  private final ComposeInsight insight = new ComposeInsight(reflections, policies);

  @BeforeEach
  void lillevikIsKnown() {
    threshold(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 5})
  void aWeekShowsFiguresOnlyWhenAtLeastKLeadersStandBehindThem(int k) {
    threshold(k);
    for (Leader leader : leaders(k - 1)) {
      shares(aReflection().by(leader).in(Phase.POST).trustMoved(2).startedAt(WEEK_8));
      shares(aReflection().by(leader).in(Phase.FOLLOW_UP).usedLesson("yes").startedAt(WEEK_8));
    }
    for (Leader leader : leaders(k)) {
      shares(aReflection().by(leader).in(Phase.POST).trustMoved(4).startedAt(WEEK_9));
      shares(aReflection().by(leader).in(Phase.FOLLOW_UP).usedLesson("yes").startedAt(WEEK_9));
    }

    Insight shown = insight.compose(TestTenants.LILLEVIK, NOW);
    assertThat(shown.threshold()).isEqualTo(k);
    Insight.Figures week8 = week(shown, 8);
    assertThat(week8.participation().leaders()).isEqualTo(Figure.HIDDEN);
    assertThat(week8.participation().started()).isEqualTo(Figure.HIDDEN);
    assertThat(week8.trust().leaders()).isEqualTo(Figure.HIDDEN);
    assertThat(week8.trust().average()).isNull();
    assertThat(week8.lessonsUsed().yes()).isEqualTo(Figure.HIDDEN);

    Insight.Figures week9 = week(shown, 9);
    assertThat(week9.participation().leaders().value()).isEqualTo(k);
    assertThat(week9.participation().started().value()).isEqualTo(2 * k);
    assertThat(week9.participation().finished().value()).isEqualTo(2 * k);
    assertThat(week9.trust().leaders().value()).isEqualTo(k);
    assertThat(week9.trust().average()).isEqualTo(4.0);
    assertThat(week9.lessonsUsed().yes().value()).isEqualTo(k);
    assertThat(week9.lessonsUsed().partly()).isEqualTo(Figure.HIDDEN);

    // Together the two weeks stand on k leaders of week 9 plus k - 1 of week 8.
    Insight.Figures both = shown.lastWeeks();
    assertThat(both.trust().leaders().value()).isEqualTo(2 * k - 1);
    assertThat(both.trust().average()).isEqualTo((2.0 * (k - 1) + 4.0 * k) / (2 * k - 1));
  }

  @Test
  void privateFlowsCountAsParticipationButTheirAnswersNever() {
    for (Leader leader : leaders(4)) {
      reflections.save(
          aReflection().by(leader).in(Phase.POST).trustMoved(1).startedAt(WEEK_9).build());
    }
    Insight.Figures week9 = week(insight.compose(TestTenants.LILLEVIK, NOW), 9);
    assertThat(week9.participation().leaders().value()).isEqualTo(4);
    assertThat(week9.participation().finished().value()).isEqualTo(4);
    assertThat(week9.trust().leaders()).isEqualTo(Figure.HIDDEN);
    assertThat(week9.trust().average()).isNull();
  }

  @Test
  void aFlowStillOpenCountsAsStartedNotFinished() {
    for (Leader leader : leaders(3)) {
      reflections.save(
          aReflection()
              .by(leader)
              .in(Phase.PRE)
              .withStatus(ReflectionStatus.IN_PROGRESS)
              .startedAt(WEEK_9)
              .build());
    }
    Insight.Participation week9 =
        week(insight.compose(TestTenants.LILLEVIK, NOW), 9).participation();
    assertThat(week9.started().value()).isEqualTo(3);
    assertThat(week9.finished()).isEqualTo(Figure.HIDDEN);
  }

  @Test
  void approachesArePlannedBeforeTheMeetingAndUsedAfterItAndEachNeedsKLeaders() {
    List<Leader> four = leaders(4);
    for (Leader leader : four) {
      shares(
          aReflection()
              .by(leader)
              .in(Phase.PRE)
              .plannedApproach("collaborating")
              .startedAt(WEEK_8));
      shares(aReflection().by(leader).in(Phase.MID).plannedApproach("competing").startedAt(WEEK_8));
    }
    for (int i = 0; i < four.size(); i++) {
      String used = i < 3 ? "compromising" : "avoiding";
      shares(aReflection().by(four.get(i)).in(Phase.POST).usedApproach(used).startedAt(WEEK_9));
    }
    Insight.Figures all = insight.compose(TestTenants.LILLEVIK, NOW).lastWeeks();
    assertThat(all.planned().leaders().value()).isEqualTo(4);
    assertThat(all.planned().of("collaborating").value()).isEqualTo(4);
    assertThat(all.planned().of("competing")).isEqualTo(Figure.HIDDEN);
    assertThat(all.used().leaders().value()).isEqualTo(4);
    assertThat(all.used().of("compromising").value()).isEqualTo(3);
    assertThat(all.used().of("avoiding")).isEqualTo(Figure.HIDDEN);
  }

  @Test
  void anotherTenantsLeadersNeverCount() {
    for (Leader leader : leaders(2)) {
      shares(aReflection().by(leader).in(Phase.POST).trustMoved(5).startedAt(WEEK_9));
    }
    for (int i = 0; i < 3; i++) {
      Leader elsewhere = aLeader().in(TestTenants.STORBY).build();
      shares(aReflection().by(elsewhere).in(Phase.POST).trustMoved(1).startedAt(WEEK_9));
    }
    Insight.Figures week9 = week(insight.compose(TestTenants.LILLEVIK, NOW), 9);
    assertThat(week9.participation().leaders()).isEqualTo(Figure.HIDDEN);
    assertThat(week9.trust().leaders()).isEqualTo(Figure.HIDDEN);
  }

  @Test
  void theTermCountsWhatTheTwelveWeeksNoLongerDo() {
    Instant lastSummer = Instant.parse("2025-06-10T10:00:00Z");
    Instant beforeTheTerm = Instant.parse("2023-09-20T10:00:00Z");
    for (Leader leader : leaders(3)) {
      shares(aReflection().by(leader).in(Phase.POST).trustMoved(5).startedAt(lastSummer));
      shares(aReflection().by(leader).in(Phase.POST).trustMoved(1).startedAt(beforeTheTerm));
    }
    Insight shown = insight.compose(TestTenants.LILLEVIK, NOW);
    assertThat(shown.term().label()).isEqualTo("2023–2027");
    assertThat(shown.weeks()).hasSize(ComposeInsight.WEEKS);
    assertThat(shown.weeks().get(0).week().key()).isEqualTo("2025-W51");
    assertThat(shown.weeks().get(11).week().key()).isEqualTo("2026-W10");
    assertThat(shown.weeks().get(11).current()).isTrue();
    assertThat(shown.lastWeeks().trust().leaders()).isEqualTo(Figure.HIDDEN);
    assertThat(shown.termSoFar().trust().leaders().value()).isEqualTo(3);
    assertThat(shown.termSoFar().trust().average()).isEqualTo(5.0);
    assertThat(shown.termSoFar().participation().finished().value()).isEqualTo(3);
  }

  private void threshold(int k) {
    policies.save(SchedulePolicy.defaults(TestTenants.LILLEVIK).withAnonymityThreshold(k));
  }

  private static List<Leader> leaders(int count) {
    return IntStream.range(0, count).mapToObj(i -> aLeader().build()).toList();
  }

  private void shares(ReflectionBuilder reflection) {
    reflections.save(reflection.sharing(ShareChoice.ANONYMOUS).build());
  }

  private static Insight.Figures week(Insight insight, int week) {
    return insight.weeks().stream()
        .filter(w -> w.week().week() == week && w.week().year() == 2026)
        .map(Insight.Week::figures)
        .findFirst()
        .orElseThrow();
  }
}
