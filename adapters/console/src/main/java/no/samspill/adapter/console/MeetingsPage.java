package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.casework.AddMeeting;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.casework.CancelMeeting;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.ChangeMeeting;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A body's meetings: added, changed (moved to a new date or time, agenda items linked to the
 * tenant's cases) and cancelled through the same use cases as the admin API, which re-plan or
 * cancel the meeting's nudges at once.
 */
@Controller
@RequestMapping("/console/bodies/{bodyId}/meetings")
class MeetingsPage {

  private static final Pattern AGENDA_FIELD = Pattern.compile("agenda\\[(\\d+)]\\.(\\w+)");

  private final Coordinators coordinators;
  private final PoliticalBodies bodies;
  private final Meetings meetings;
  private final Leaders leaders;
  private final Cases cases;
  private final AddMeeting addMeeting;
  private final ChangeMeeting changeMeeting;
  private final CancelMeeting cancelMeeting;

  MeetingsPage(
      Coordinators coordinators,
      PoliticalBodies bodies,
      Meetings meetings,
      Leaders leaders,
      Cases cases,
      AddMeeting addMeeting,
      ChangeMeeting changeMeeting,
      CancelMeeting cancelMeeting) {
    this.coordinators = coordinators;
    this.bodies = bodies;
    this.meetings = meetings;
    this.leaders = leaders;
    this.cases = cases;
    this.addMeeting = addMeeting;
    this.changeMeeting = changeMeeting;
    this.cancelMeeting = cancelMeeting;
  }

  @GetMapping("/new")
  String blank(Authentication authentication, @PathVariable String bodyId, Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    return form(model, own(me, bodyId), null, MeetingForm.empty(), Map.of());
  }

  @PostMapping
  String add(
      Authentication authentication,
      @PathVariable String bodyId,
      @ModelAttribute MeetingForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    return submit(me, own(me, bodyId), null, form, response, model);
  }

  @GetMapping("/{meetingId}")
  String edit(
      Authentication authentication,
      @PathVariable String bodyId,
      @PathVariable String meetingId,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    PoliticalBody body = own(me, bodyId);
    Meeting meeting = own(me, body, meetingId);
    return form(model, body, meeting, MeetingForm.of(meeting, me.timeZone()), Map.of());
  }

  @PostMapping("/{meetingId}")
  String save(
      Authentication authentication,
      @PathVariable String bodyId,
      @PathVariable String meetingId,
      @ModelAttribute MeetingForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    PoliticalBody body = own(me, bodyId);
    Meeting meeting = own(me, body, meetingId);
    if (meeting.cancelled()) {
      // A cancelled meeting's page has no form; a post to it is a forged one.
      throw new Coordinators.NotFoundException();
    }
    return submit(me, body, meeting, form, response, model);
  }

  /** Adds the meeting (or changes {@code meeting}) and shows it, or shows the refusal. */
  private String submit(
      Leader me,
      PoliticalBody body,
      Meeting meeting,
      MeetingForm form,
      HttpServletResponse response,
      Model model) {
    MeetingForm.Read read = null;
    try {
      read = form.read(body.id(), me.timeZone());
      Meeting saved =
          meeting == null
              ? addMeeting.add(me.tenantId(), read.draft())
              : changeMeeting
                  .change(me.tenantId(), meeting.id(), read.draft())
                  .orElseThrow(Coordinators.NotFoundException::new);
      return "redirect:/console/bodies/"
          + body.id().value()
          + "/meetings/"
          + saved.id().value()
          + "?saved";
    } catch (MeetingForm.Unreadable | CaseworkRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, body, meeting, form, errors(model, refused, read));
    }
  }

  @PostMapping("/{meetingId}/cancel")
  String cancel(
      Authentication authentication,
      @PathVariable String bodyId,
      @PathVariable String meetingId,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    PoliticalBody body = own(me, bodyId);
    Meeting meeting = own(me, body, meetingId);
    cancelMeeting.cancel(me.tenantId(), meeting.id());
    return "redirect:/console/bodies/" + body.id().value() + "?cancelled";
  }

  /** The refusal beside its field: agenda items by the form row they came from. */
  private static Map<String, String> errors(
      Model model, RuntimeException refused, MeetingForm.Read read) {
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    if (refused instanceof MeetingForm.Unreadable unreadable) {
      return Map.of(unreadable.field(), t.m(unreadable.getMessage()));
    }
    CaseworkRefused casework = (CaseworkRefused) refused;
    Matcher agenda = AGENDA_FIELD.matcher(casework.field());
    if (agenda.matches() && read != null) {
      int row = read.rows().get(Integer.parseInt(agenda.group(1)));
      String part = agenda.group(2);
      String why =
          "caseId".equals(part)
              ? t.m("console.bodies.meetings.invalid.case")
              : casework.explanation(t.language());
      return Map.of("agenda-" + row + "-" + part, why);
    }
    // The times are checked in bot-core; its refusal names the start for both.
    if ("start".equals(casework.field())) {
      return Map.of("start", t.m("console.bodies.meetings.invalid.times"));
    }
    return Map.of(casework.field(), casework.explanation(t.language()));
  }

  private String form(
      Model model,
      PoliticalBody body,
      Meeting meeting,
      MeetingForm form,
      Map<String, String> errors) {
    Leader me = (Leader) model.getAttribute("me");
    model.addAttribute("body", body);
    model.addAttribute("meeting", meeting);
    model.addAttribute(
        "row", meeting == null ? null : MeetingRow.of(meeting, me.timeZone(), me.language()));
    model.addAttribute("form", form);
    model.addAttribute("rows", form.rows());
    model.addAttribute("errors", errors);
    model.addAttribute("cases", choices(me, meeting));
    return "console/meeting";
  }

  /** The tenant's cases to link an item to, by title; those the meeting links already included. */
  private List<PoliticalCase> choices(Leader me, Meeting meeting) {
    Map<String, PoliticalCase> found = new LinkedHashMap<>();
    for (Leader leader : leaders.findByTenant(me.tenantId())) {
      cases.findByOwner(me.tenantId(), leader.id()).forEach(c -> found.put(c.id().value(), c));
    }
    if (meeting != null) {
      for (AgendaItem item : meeting.agenda()) {
        if (item.caseId() != null && !found.containsKey(item.caseId().value())) {
          cases.findById(me.tenantId(), item.caseId()).ifPresent(c -> found.put(c.id().value(), c));
        }
      }
    }
    return found.values().stream()
        .sorted(Comparator.comparing(PoliticalCase::title, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private PoliticalBody own(Leader me, String bodyId) {
    return BodiesPage.own(bodies, me, bodyId);
  }

  private Meeting own(Leader me, PoliticalBody body, String meetingId) {
    return meetings
        .findById(me.tenantId(), new MeetingId(meetingId))
        .filter(m -> m.bodyId().equals(body.id()))
        .orElseThrow(Coordinators.NotFoundException::new);
  }
}
