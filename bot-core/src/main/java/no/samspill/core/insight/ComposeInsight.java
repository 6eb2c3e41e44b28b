package no.samspill.core.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.FlowActivity;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;

/**
 * Use case: the coordinator's insight into how the tenant's leaders use Samspill over the last
 * {@value #WEEKS} weeks and the municipal term so far. Participation counts every flow but reads no
 * answer; everything about content comes from reflections the leaders shared. A figure fewer
 * leaders than the tenant's anonymity threshold stand on is hidden, never rounded or estimated.
 */
public class ComposeInsight {

  public static final int WEEKS = 12;

  /** Bounds the flows read for a term: four years of a large municipality's use. */
  static final int MAX_FLOWS = 100_000;

  private final Reflections reflections;
  private final SchedulePolicies policies;

  public ComposeInsight(Reflections reflections, SchedulePolicies policies) {
    this.reflections = reflections;
    this.policies = policies;
  }

  public Insight compose(TenantId tenant, Instant now) {
    SchedulePolicy policy = policies.of(tenant);
    ZoneId zone = policy.digestZone();
    int k = policy.anonymityThreshold();
    List<DigestWeek> weeks = lastWeeks(now, zone);
    DigestWeek current = weeks.get(weeks.size() - 1);
    MunicipalTerm term = MunicipalTerm.containing(now.atZone(zone).toLocalDate());
    Instant termStart = term.start().atStartOfDay(zone).toInstant();
    Instant from = termStart.isBefore(weeks.get(0).start()) ? termStart : weeks.get(0).start();

    List<FlowActivity> flows = reflections.findActivity(tenant, from, MAX_FLOWS);
    List<Reflection> shared =
        reflections.findSharedOver(tenant, from, current.end()).stream()
            .filter(r -> r.tenantId().equals(tenant))
            .filter(r -> r.status() == ReflectionStatus.COMPLETED)
            .filter(r -> r.share() != ShareChoice.PRIVATE)
            .toList();
    InsightTally tally = new InsightTally(flows, shared, k);

    List<Insight.Week> byWeek = new ArrayList<>();
    for (DigestWeek week : weeks) {
      byWeek.add(
          new Insight.Week(week, week.equals(current), tally.between(week.start(), week.end())));
    }
    return new Insight(
        k,
        term,
        byWeek,
        tally.between(weeks.get(0).start(), current.end()),
        tally.between(termStart, current.end()));
  }

  /**
   * This week's participation alone (leaders taking part, flows started and finished, private ones
   * too), each figure hidden below the threshold: the console's overview, read from the week's
   * start only.
   */
  public Insight.Participation thisWeek(TenantId tenant, Instant now) {
    SchedulePolicy policy = policies.of(tenant);
    DigestWeek week = DigestWeek.containing(now, policy.digestZone());
    List<FlowActivity> flows = reflections.findActivity(tenant, week.start(), MAX_FLOWS);
    return new InsightTally(flows, List.of(), policy.anonymityThreshold())
        .between(week.start(), week.end())
        .participation();
  }

  /** The current week and the ones before it, oldest first. */
  private static List<DigestWeek> lastWeeks(Instant now, ZoneId zone) {
    List<DigestWeek> weeks = new ArrayList<>();
    DigestWeek week = DigestWeek.containing(now, zone);
    for (int i = 0; i < WEEKS; i++) {
      weeks.add(0, week);
      week = week.previous(zone);
    }
    return weeks;
  }
}
