package no.samspill.adapter.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.insight.ComposeInsight;
import no.samspill.core.insight.Insight;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Oversikt: this week's use, the nudges of the coming week, what went wrong, and the digest. Only
 * counts and shared things; a count of people below the anonymity threshold is not shown.
 */
@Controller
class OverviewPage {

  /** One query's worth; the page says when there were more. */
  static final int LIMIT = 200;

  record Participation(
      int leaders, Insight.Participation week, int nudgesSent, Integer lessons, int threshold) {}

  record DigestStatus(
      String week, boolean posted, String postedAt, String due, List<String> channels) {}

  private final Coordinators coordinators;
  private final Leaders leaders;
  private final Nudges nudges;
  private final Reflections reflections;
  private final SchedulePolicies policies;
  private final DigestPosts posts;
  private final DigestChannels channels;
  private final OverviewProblems problems;
  private final ComposeInsight insight;
  private final Clock clock;

  OverviewPage(
      Coordinators coordinators,
      Leaders leaders,
      Nudges nudges,
      Reflections reflections,
      SchedulePolicies policies,
      DigestPosts posts,
      DigestChannels channels,
      OverviewProblems problems,
      ComposeInsight insight,
      Clock clock) {
    this.coordinators = coordinators;
    this.leaders = leaders;
    this.nudges = nudges;
    this.reflections = reflections;
    this.policies = policies;
    this.posts = posts;
    this.channels = channels;
    this.problems = problems;
    this.insight = insight;
    this.clock = clock;
  }

  @GetMapping({"/console", "/console/"})
  String overview(Authentication authentication, Model model) {
    Leader me = coordinators.page(authentication, model, "overview");
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    TenantId tenant = me.tenantId();
    SchedulePolicy policy = policies.of(tenant);
    Instant now = clock.instant();
    DigestWeek week = DigestWeek.containing(now, policy.digestZone());
    List<Leader> everyone = leaders.findByTenant(tenant);
    Map<LeaderId, String> names =
        everyone.stream().collect(Collectors.toMap(Leader::id, Leader::name, (a, b) -> a));
    OverviewRows rows = new OverviewRows(t, names, me.timeZone());

    model.addAttribute("participation", participation(tenant, names.size(), week, now, policy));
    model.addAttribute(
        "due",
        nudges.find(tenant, NudgeStatus.PLANNED, LIMIT).stream()
            .filter(n -> n.dueAt().isBefore(now.plus(Duration.ofDays(7))))
            .sorted(Comparator.comparing(Nudge::dueAt))
            .map(n -> rows.row(n, n.dueAt()))
            .toList());
    problems.addTo(model, tenant, everyone, rows);
    model.addAttribute("digest", digest(tenant, week, policy, rows));
    return "console/overview";
  }

  private Participation participation(
      TenantId tenant, int leaderCount, DigestWeek week, Instant now, SchedulePolicy policy) {
    List<Reflection> shared = reflections.findShared(tenant, week.start(), now);
    long sharers = shared.stream().map(Reflection::leaderId).distinct().count();
    int k = policy.anonymityThreshold();
    return new Participation(
        leaderCount,
        insight.thisWeek(tenant, now),
        nudges.countSent(tenant, week.start(), now),
        sharers >= k ? shared.size() : null,
        k);
  }

  private DigestStatus digest(
      TenantId tenant, DigestWeek week, SchedulePolicy policy, OverviewRows rows) {
    Optional<ArchivedDigest> archived = posts.archived(tenant, week.key());
    List<String> where =
        channels.find(tenant).stream()
            .map(ChannelAddress::channel)
            .distinct()
            .sorted()
            .map(rows.t()::platform)
            .toList();
    return new DigestStatus(
        week.key(),
        archived.isPresent(),
        archived.map(a -> rows.time(a.postedAt())).orElse(null),
        rows.t().m("console.day." + policy.digestDay().name()) + " " + policy.digestTime(),
        where);
  }
}
