package no.samspill.adapter.console;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.Leader;
import no.samspill.core.insight.ComposeInsight;
import no.samspill.core.insight.Insight;
import no.samspill.core.insight.Insight.Figures;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Innsikt: the last twelve weeks and the municipal term as bar charts that are tables. Everything
 * comes from {@link ComposeInsight}; a hidden figure reads "fewer than k leaders".
 */
@Controller
class InsightPage {

  /** Trust is answered on a scale of 1 to 5: its bars are drawn to 5. */
  private static final double TRUST_SCALE = 5;

  private final Coordinators coordinators;
  private final ComposeInsight insight;
  private final DigestText digestText;
  private final Clock clock;

  InsightPage(
      Coordinators coordinators, ComposeInsight insight, PromptCatalogue catalogue, Clock clock) {
    this.coordinators = coordinators;
    this.insight = insight;
    this.digestText = new DigestText(catalogue);
    this.clock = clock;
  }

  @GetMapping("/console/insight")
  String insight(Authentication authentication, Model model) {
    Leader me = coordinators.page(authentication, model, "insight");
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    Insight shown = insight.compose(me.tenantId(), clock.instant());
    InsightCharts c = new InsightCharts(t, shown.threshold());
    List<String> weeks = new ArrayList<>();
    for (Insight.Week week : shown.weeks()) {
      String key = week.current() ? "console.insight.week.current" : "console.insight.week";
      weeks.add(t.m(key, Integer.toString(week.week().week())));
    }
    List<Figures> byWeek = shown.weeks().stream().map(Insight.Week::figures).toList();

    model.addAttribute("weeks", ComposeInsight.WEEKS);
    model.addAttribute("threshold", shown.threshold());
    model.addAttribute("term", shown.term().label());
    model.addAttribute(
        "participation",
        c.chart(
            weeks,
            List.of(
                c.bars("active", c.counts(byWeek, f -> f.participation().leaders())),
                c.bars("started", c.counts(byWeek, f -> f.participation().started())),
                c.bars("finished", c.counts(byWeek, f -> f.participation().finished())))));
    model.addAttribute(
        "trust",
        c.chart(
            weeks,
            List.of(
                c.numbers(
                    t.m("console.insight.col.answered"),
                    c.counts(byWeek, f -> f.trust().leaders())),
                c.bars(
                    "average",
                    byWeek.stream().map(f -> c.average(f.trust().average())).toList(),
                    TRUST_SCALE))));
    model.addAttribute(
        "lessons",
        c.chart(
            weeks,
            List.of(
                c.numbers(
                    t.m("console.insight.col.answered"),
                    c.counts(byWeek, f -> f.lessonsUsed().leaders())),
                c.bars("yes", c.counts(byWeek, f -> f.lessonsUsed().yes())),
                c.bars("partly", c.counts(byWeek, f -> f.lessonsUsed().partly())),
                c.bars("notyet", c.counts(byWeek, f -> f.lessonsUsed().notYet())))));
    model.addAttribute("conflict", conflict(c, t, shown.lastWeeks()));
    model.addAttribute("period", period(c, t, shown));
    return "console/insight";
  }

  /** One row per conflict approach the catalogue offers, planned (PRE) beside used (POST). */
  private InsightCharts.Chart conflict(InsightCharts c, ConsoleText t, Figures weeks) {
    Map<String, String> modes = digestText.conflictModes(t.language());
    List<String> ids = List.copyOf(modes.keySet());
    return c.chart(
        ids.stream().map(modes::get).toList(),
        List.of(
            c.bars("planned", ids.stream().map(id -> c.count(weeks.planned().of(id))).toList()),
            c.bars("used", ids.stream().map(id -> c.count(weeks.used().of(id))).toList())));
  }

  /** Sums: the twelve weeks in one column, the current term in the next. */
  private static InsightCharts.Chart period(InsightCharts c, ConsoleText t, Insight shown) {
    List<String> rows =
        List.of(
                "active",
                "started",
                "finished",
                "trustLeaders",
                "trust",
                "lessonsLeaders",
                "lessonsYes",
                "planned",
                "used")
            .stream()
            .map(key -> t.m("console.insight.row." + key))
            .toList();
    return c.chart(
        rows,
        List.of(
            c.numbers(
                t.m("console.insight.col.weeks", ComposeInsight.WEEKS),
                column(c, shown.lastWeeks())),
            c.numbers(t.m("console.insight.col.term"), column(c, shown.termSoFar()))));
  }

  private static List<InsightCharts.Value> column(InsightCharts c, Figures f) {
    return List.of(
        c.count(f.participation().leaders()),
        c.count(f.participation().started()),
        c.count(f.participation().finished()),
        c.count(f.trust().leaders()),
        c.average(f.trust().average()),
        c.count(f.lessonsUsed().leaders()),
        c.count(f.lessonsUsed().yes()),
        c.count(f.planned().leaders()),
        c.count(f.used().leaders()));
  }
}
