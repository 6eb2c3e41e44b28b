package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.privacy.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Logg: the municipality's audit trail, newest first, a page at a time, filtered by kind and by
 * days in the coordinator's time zone. An entry holds ids, kinds, request paths and counts, never
 * what anyone wrote, so neither does this page.
 */
@Controller
@RequestMapping("/console/log")
class LogPage {

  static final int PAGE_SIZE = 50;

  /** The filter as typed, so a wrong date is shown back beside its field. */
  record LogFilter(String kind, String from, String to, String page) {

    int pageNumber() {
      try {
        int n = Integer.parseInt(page == null ? "0" : page.strip());
        return n < 0 || n > 1_000_000 ? 0 : n;
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    String kindOrNull() {
      return kind == null || kind.isBlank() ? null : kind;
    }
  }

  record Row(String when, String kind, String who, String subject, String what) {}

  private final Coordinators coordinators;
  private final AuditTrail trail;
  private final Leaders leaders;

  LogPage(Coordinators coordinators, AuditTrail trail, Leaders leaders) {
    this.coordinators = coordinators;
    this.trail = trail;
    this.leaders = leaders;
  }

  @GetMapping
  String show(
      Authentication authentication,
      @ModelAttribute LogFilter filter,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "log");
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    Map<String, String> errors = new LinkedHashMap<>();
    String kind = filter.kindOrNull();
    if (kind != null && !AuditEntry.KINDS.contains(kind)) {
      errors.put("kind", t.m("console.log.invalid.kind"));
    }
    ZoneId zone = me.timeZone();
    Instant from = day(filter.from(), "from", zone, errors, t);
    Instant to = day(filter.to(), "to", zone, errors, t);
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("to", t.m("console.log.invalid.order"));
    }
    model.addAttribute("filter", filter);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", AuditEntry.KINDS);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "console/log";
    }
    int page = filter.pageNumber();
    // The "to" day is the last one shown: the query's end is the start of the day after it.
    Instant end = to == null ? null : to.atZone(zone).plusDays(1).toInstant();
    AuditTrail.Page found =
        trail.page(new AuditQuery(me.tenantId(), kind, from, end, page * PAGE_SIZE, PAGE_SIZE));
    Map<LeaderId, String> names =
        leaders.findByTenant(me.tenantId()).stream()
            .collect(Collectors.toMap(Leader::id, Leader::name, (a, b) -> a));
    model.addAttribute("rows", found.entries().stream().map(e -> row(e, names, t, zone)).toList());
    model.addAttribute("pageNumber", page);
    model.addAttribute("more", found.more());
    return "console/log";
  }

  private static Row row(AuditEntry e, Map<LeaderId, String> names, ConsoleText t, ZoneId zone) {
    String actor = e.actor() == null ? null : name(e.actor(), names, t);
    String who =
        switch (e.actorKind()) {
          case "COORDINATOR" -> t.m("console.log.actor.COORDINATOR", actor);
          case "LEADER" -> actor == null ? t.m("console.leader.unknown") : actor;
          case "OPERATOR" -> t.m("console.log.actor.OPERATOR");
          default -> t.m("console.log.actor.SYSTEM");
        };
    if (e.actorIdentity() != null) {
      who = who + " · " + e.actorIdentity();
    }
    String what = e.what() == null ? "" : e.what();
    if (e.detail() != null) {
      what = what.isEmpty() ? e.detail() : what + " · " + e.detail();
    }
    return new Row(
        t.time(e.at(), zone),
        AuditEntry.KINDS.contains(e.action()) ? t.m("console.log.kind." + e.action()) : e.action(),
        who,
        e.subject() == null ? t.m("console.none") : name(e.subject(), names, t),
        what.isEmpty() ? t.m("console.none") : what);
  }

  private static String name(LeaderId id, Map<LeaderId, String> names, ConsoleText t) {
    return names.getOrDefault(id, t.m("console.leader.unknown"));
  }

  /** The start of a typed day (2026-12-01) in the coordinator's zone; blank is no limit. */
  private static Instant day(
      String typed, String field, ZoneId zone, Map<String, String> errors, ConsoleText t) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(typed.strip()).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      errors.put(field, t.m("console.log.invalid.date"));
      return null;
    }
  }
}
