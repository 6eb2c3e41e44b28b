package no.samspill.adapter.console;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.Reach;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Oversikt's "what went wrong": failed and expired nudges with their reasons, leaders Samspill
 * cannot reach on their platform and why (the same reach the Ledere page shows), and sources whose
 * last import failed.
 */
@Component
class OverviewProblems {

  /** A leader Samspill cannot reach, linked to their page on Ledere. */
  record UnreachableRow(String id, String name, String platform, String reason) {}

  private final Nudges nudges;
  private final ChannelRouter router;
  private final ImportFromSources imports;

  OverviewProblems(Nudges nudges, ChannelRouter router, ImportFromSources imports) {
    this.nudges = nudges;
    this.router = router;
    this.imports = imports;
  }

  void addTo(Model model, TenantId tenant, List<Leader> leaders, OverviewRows rows) {
    model.addAttribute(
        "problems",
        Stream.of(NudgeStatus.FAILED, NudgeStatus.EXPIRED)
            .flatMap(status -> nudges.find(tenant, status, OverviewPage.LIMIT).stream())
            .sorted(Comparator.comparing(Nudge::dueAt).reversed())
            .map(n -> rows.row(n, n.sentAt() == null ? n.dueAt() : n.sentAt()))
            .toList());
    model.addAttribute("unreachable", unreachable(leaders, rows.t()));
    model.addAttribute(
        "importProblems",
        imports.list(tenant).stream()
            // A repeat shows its first source's run; that failure is counted once, there.
            .filter(s -> s.importedBy().isEmpty())
            .filter(s -> s.lastRun().map(r -> !r.succeeded()).orElse(false))
            .count());
  }

  /** The tenant's leaders (ordered by name) that no nudge could reach now. */
  private List<UnreachableRow> unreachable(List<Leader> leaders, ConsoleText t) {
    Map<LeaderId, Reach> reach = router.reach(leaders);
    return leaders.stream()
        .filter(l -> reach.containsKey(l.id()) && !reach.get(l.id()).reachable())
        .map(
            l ->
                new UnreachableRow(
                    l.id().value(),
                    l.name(),
                    t.platform(reach.get(l.id()).platform()),
                    t.unreachable(reach.get(l.id()))))
        .toList();
  }
}
