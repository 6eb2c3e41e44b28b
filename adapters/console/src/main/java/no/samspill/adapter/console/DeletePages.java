package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.DeleteBody;
import no.samspill.core.casework.DeleteMeeting;
import no.samspill.core.casework.DeletionRefused;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Deleting a body or a meeting: a page that says what goes with it (or why it stays) and asks for
 * confirmation in a form of its own, then {@link DeleteBody} or {@link DeleteMeeting}. A refused
 * post is a 409 showing the reason, and deletes nothing.
 */
@Controller
@RequestMapping("/console/bodies/{bodyId}")
class DeletePages {

  private final Coordinators coordinators;
  private final DeleteBody deleteBody;
  private final DeleteMeeting deleteMeeting;

  DeletePages(Coordinators coordinators, DeleteBody deleteBody, DeleteMeeting deleteMeeting) {
    this.coordinators = coordinators;
    this.deleteBody = deleteBody;
    this.deleteMeeting = deleteMeeting;
  }

  @GetMapping("/delete")
  String confirmBody(Authentication authentication, @PathVariable String bodyId, Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    return bodyPage(model, body(me, bodyId), null);
  }

  @PostMapping("/delete")
  String deleteBody(
      Authentication authentication,
      @PathVariable String bodyId,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    DeleteBody.Preview preview = body(me, bodyId);
    try {
      deleteBody.delete(me.tenantId(), preview.body().id(), true);
      return "redirect:/console/bodies?deleted";
    } catch (DeletionRefused refused) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return bodyPage(model, preview, refused);
    }
  }

  @GetMapping("/meetings/{meetingId}/delete")
  String confirmMeeting(
      Authentication authentication,
      @PathVariable String bodyId,
      @PathVariable String meetingId,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    return meetingPage(model, meeting(me, bodyId, meetingId), null);
  }

  @PostMapping("/meetings/{meetingId}/delete")
  String deleteMeeting(
      Authentication authentication,
      @PathVariable String bodyId,
      @PathVariable String meetingId,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    DeleteMeeting.Preview preview = meeting(me, bodyId, meetingId);
    try {
      deleteMeeting.delete(me.tenantId(), preview.meeting().id());
      return "redirect:/console/bodies/" + preview.meeting().bodyId().value() + "?deleted";
    } catch (DeletionRefused refused) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return meetingPage(model, preview, refused);
    }
  }

  private String bodyPage(Model model, DeleteBody.Preview preview, DeletionRefused refused) {
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    String path = "/console/bodies/" + preview.body().id().value();
    List<String> impact = new ArrayList<>();
    if (preview.meetings() > 0) {
      impact.add(t.m("console.deletes.body.meetings", preview.meetings()));
      impact.add(
          preview.plannedNudges() > 0
              ? t.m("console.deletes.body.nudges", preview.plannedNudges(), preview.meetings())
              : t.m("console.deletes.body.nudges.none", preview.meetings()));
    }
    if (preview.cases() > 0) {
      impact.add(t.m("console.deletes.body.cases", preview.cases()));
    }
    if (preview.followers() > 0) {
      impact.add(t.m("console.deletes.body.followers", preview.followers()));
    }
    if (impact.isEmpty()) {
      impact.add(t.m("console.deletes.body.nothing"));
    }
    model.addAttribute("heading", t.m("console.deletes.body.heading", preview.body().name()));
    model.addAttribute("back", path);
    model.addAttribute("backText", t.m("console.bodies.meeting.back", preview.body().name()));
    model.addAttribute("button", t.m("console.deletes.body.button"));
    model.addAttribute("cancelMeeting", null);
    return page(model, path, impact, refused != null ? refused : preview.refused().orElse(null));
  }

  private String meetingPage(Model model, DeleteMeeting.Preview preview, DeletionRefused refused) {
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    Leader me = (Leader) model.getAttribute("me");
    MeetingRow row = MeetingRow.of(preview.meeting(), me.timeZone(), me.language());
    String path =
        "/console/bodies/"
            + preview.meeting().bodyId().value()
            + "/meetings/"
            + preview.meeting().id().value();
    List<String> impact = new ArrayList<>();
    impact.add(
        preview.plannedNudges() > 0
            ? t.m("console.deletes.meeting.nudges", preview.plannedNudges())
            : t.m("console.deletes.meeting.nudges.none"));
    if (!preview.cases().isEmpty()) {
      String titles =
          preview.cases().stream().map(PoliticalCase::title).collect(Collectors.joining(", "));
      impact.add(t.m("console.deletes.meeting.cases", preview.cases().size(), titles));
    }
    DeletionRefused why = refused != null ? refused : preview.refused().orElse(null);
    model.addAttribute("heading", t.m("console.deletes.meeting.heading", row.date()));
    model.addAttribute("back", path);
    model.addAttribute("backText", t.m("console.bodies.meeting.back", row.date()));
    model.addAttribute("button", t.m("console.deletes.meeting.button"));
    // Where a meeting must stay, cancelling it is what is left to do.
    model.addAttribute(
        "cancelMeeting", why != null && !preview.meeting().cancelled() ? path + "/cancel" : null);
    return page(model, path, impact, why);
  }

  private static String page(
      Model model, String path, List<String> impact, DeletionRefused refused) {
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    model.addAttribute("impact", impact);
    model.addAttribute("refused", refused == null ? null : refused.explanation(t.language()));
    model.addAttribute("action", path + "/delete");
    return "console/delete";
  }

  private DeleteBody.Preview body(Leader me, String bodyId) {
    return deleteBody
        .preview(me.tenantId(), new BodyId(bodyId))
        .orElseThrow(Coordinators.NotFoundException::new);
  }

  private DeleteMeeting.Preview meeting(Leader me, String bodyId, String meetingId) {
    return deleteMeeting
        .preview(me.tenantId(), new MeetingId(meetingId))
        .filter(p -> p.meeting().bodyId().value().equals(bodyId))
        .orElseThrow(Coordinators.NotFoundException::new);
  }
}
