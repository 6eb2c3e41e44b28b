package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.EditCase;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.casework.RegisterCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.schedule.CaseNudges;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saker: the tenant's cases, searched and filtered, registered and changed through the same use
 * cases as the admin API and the chat, which plan or re-plan the case's nudges at once; each case
 * shows its nudges as the dispatcher will act on them.
 */
@Controller
@RequestMapping("/console/cases")
class CasesPage {

  /** The most cases one list reads; the page says when there are more. */
  static final int LIMIT = 1000;

  static final int PAGE_SIZE = 25;

  /** Meetings this far back can still be put on a case (one just held, its POST still to come). */
  private static final Duration RECENT = Duration.ofDays(30);

  private static final int MEETING_CHOICES = 200;

  private final Coordinators coordinators;
  private final Cases cases;
  private final Meetings meetings;
  private final PoliticalBodies bodies;
  private final Leaders leaders;
  private final RegisterCase registerCase;
  private final EditCase editCase;
  private final CaseNudges caseNudges;
  private final Clock clock;

  CasesPage(
      Coordinators coordinators,
      Cases cases,
      Meetings meetings,
      PoliticalBodies bodies,
      Leaders leaders,
      RegisterCase registerCase,
      EditCase editCase,
      CaseNudges caseNudges,
      Clock clock) {
    this.coordinators = coordinators;
    this.cases = cases;
    this.meetings = meetings;
    this.bodies = bodies;
    this.leaders = leaders;
    this.registerCase = registerCase;
    this.editCase = editCase;
    this.caseNudges = caseNudges;
    this.clock = clock;
  }

  @GetMapping
  String list(
      Authentication authentication,
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "page", defaultValue = "1") int page,
      Model model) {
    Leader me = coordinators.page(authentication, model, "cases");
    String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    String filter = "open".equals(status) || "closed".equals(status) ? status : "";
    List<PoliticalCase> all = cases.findByTenant(me.tenantId(), LIMIT);
    List<PoliticalCase> found =
        all.stream()
            .filter(c -> wanted.isEmpty() || matches(c, wanted))
            .filter(c -> filter.isEmpty() || c.status().isOpen() == "open".equals(filter))
            // Open cases first, each group newest first (the order they were read in).
            .sorted(Comparator.comparing((PoliticalCase c) -> !c.status().isOpen()))
            .toList();
    int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(page, 1), pages);
    Map<MeetingId, Meeting> upcoming =
        meetings.findUpcoming(me.tenantId(), clock.instant(), MEETING_CHOICES).stream()
            .collect(Collectors.toMap(Meeting::id, Function.identity(), (a, b) -> a));
    CaseRows rows = rows(model, me);
    model.addAttribute("q", query == null ? "" : query);
    model.addAttribute("status", filter);
    model.addAttribute("total", found.size());
    model.addAttribute("truncated", all.size() >= LIMIT);
    model.addAttribute("pageNo", shown);
    model.addAttribute("pages", pages);
    model.addAttribute(
        "cases",
        found.stream()
            .skip((long) (shown - 1) * PAGE_SIZE)
            .limit(PAGE_SIZE)
            .map(c -> rows.caseRow(c, next(c, upcoming)))
            .toList());
    return "console/cases";
  }

  @GetMapping("/new")
  String blank(Authentication authentication, Model model) {
    Leader me = coordinators.page(authentication, model, "cases");
    return form(model, me, null, CaseForm.empty(), Map.of());
  }

  @PostMapping
  String add(
      Authentication authentication,
      @ModelAttribute CaseForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "cases");
    try {
      PoliticalCase added = registerCase.register(me.tenantId(), form.draft(status(form)));
      return "redirect:/console/cases/" + added.id().value() + "?saved";
    } catch (CaseworkRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, me, null, form, error(refused, me));
    }
  }

  @GetMapping("/{caseId}")
  String edit(Authentication authentication, @PathVariable String caseId, Model model) {
    Leader me = coordinators.page(authentication, model, "cases");
    PoliticalCase politicalCase = own(me, caseId);
    return form(model, me, politicalCase, CaseForm.of(politicalCase), Map.of());
  }

  @PostMapping("/{caseId}")
  String save(
      Authentication authentication,
      @PathVariable String caseId,
      @ModelAttribute CaseForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "cases");
    PoliticalCase politicalCase = own(me, caseId);
    try {
      PoliticalCase saved =
          editCase
              .edit(me.tenantId(), politicalCase.id(), form.draft(status(form)))
              .orElseThrow(Coordinators.NotFoundException::new);
      return "redirect:/console/cases/" + saved.id().value() + "?saved";
    } catch (CaseworkRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, me, politicalCase, form, error(refused, me));
    }
  }

  private String form(
      Model model,
      Leader me,
      PoliticalCase politicalCase,
      CaseForm form,
      Map<String, String> errors) {
    CaseRows rows = rows(model, me);
    Instant now = clock.instant();
    Map<MeetingId, Meeting> choices = new LinkedHashMap<>();
    meetings
        .findUpcoming(me.tenantId(), now.minus(RECENT), MEETING_CHOICES)
        .forEach(m -> choices.put(m.id(), m));
    // The case's own meetings stay choosable, however old or cancelled.
    if (politicalCase != null) {
      politicalCase.meetingIds().stream()
          .filter(id -> !choices.containsKey(id))
          .forEach(id -> meetings.findById(me.tenantId(), id).ifPresent(m -> choices.put(id, m)));
    }
    model.addAttribute("politicalCase", politicalCase);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("owners", leaders.findByTenant(me.tenantId()));
    model.addAttribute(
        "meetings",
        choices.values().stream()
            .sorted(Comparator.comparing(Meeting::start))
            .map(rows::meeting)
            .toList());
    model.addAttribute(
        "nudges",
        politicalCase == null
            ? List.of()
            : caseNudges.of(politicalCase).stream().map(rows::nudge).toList());
    return "console/case";
  }

  private CaseRows rows(Model model, Leader me) {
    Map<LeaderId, Leader> people =
        leaders.findByTenant(me.tenantId()).stream()
            .collect(Collectors.toMap(Leader::id, Function.identity(), (a, b) -> a));
    Map<BodyId, String> names =
        bodies.findByTenant(me.tenantId()).stream()
            .collect(Collectors.toMap(PoliticalBody::id, PoliticalBody::name, (a, b) -> a));
    return new CaseRows((ConsoleText) model.getAttribute("t"), people, names, me.timeZone());
  }

  /** A status the case cannot have is refused beside its field, before anything is written. */
  private static CaseStatus status(CaseForm form) {
    return form.chosenStatus()
        .orElseThrow(
            () ->
                new CaseworkRefused(
                    "status",
                    "Unknown status '" + form.status() + "'",
                    "console.cases.invalid.status"));
  }

  /** The refusal beside its field; an owner or meeting not in the tenant is said in form words. */
  private static Map<String, String> error(CaseworkRefused refused, Leader me) {
    String field = refused.field();
    if (field.startsWith("meetingIds")) {
      return Map.of(
          "meetingIds", new ConsoleText(me.language()).m("console.cases.invalid.meeting"));
    }
    if (field.equals("ownerId")) {
      return Map.of("ownerId", new ConsoleText(me.language()).m("console.cases.invalid.owner"));
    }
    return Map.of(field, refused.explanation(me.language()));
  }

  private PoliticalCase own(Leader me, String caseId) {
    return cases
        .findById(me.tenantId(), new CaseId(caseId))
        .orElseThrow(Coordinators.NotFoundException::new);
  }

  private static Optional<Meeting> next(PoliticalCase c, Map<MeetingId, Meeting> upcoming) {
    return c.meetingIds().stream()
        .map(upcoming::get)
        .filter(m -> m != null)
        .min(Comparator.comparing(Meeting::start));
  }

  private static boolean matches(PoliticalCase c, String wanted) {
    return c.title().toLowerCase(Locale.ROOT).contains(wanted)
        || c.caseNumber() != null && c.caseNumber().toLowerCase(Locale.ROOT).contains(wanted);
  }
}
