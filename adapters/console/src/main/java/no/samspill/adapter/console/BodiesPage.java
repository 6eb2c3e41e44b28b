package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.SaveBody;
import no.samspill.core.casework.SaveBody.BodyDraft;
import no.samspill.core.directory.Leader;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Organer og møter: the tenant's political bodies, added and changed through {@link SaveBody}, and
 * one body's page with its coming and past meetings and the .ics upload.
 */
@Controller
@RequestMapping("/console/bodies")
class BodiesPage {

  /** How far back the body's page lists past meetings, and how many of each it lists. */
  static final int PAST_YEARS = 2;

  static final int LIST_LIMIT = 200;

  static final int PAST_LIMIT = 1000;

  /** The form as posted; the kind is its enum name. */
  record BodyForm(String name, String kind) {
    static BodyForm of(PoliticalBody body) {
      return new BodyForm(body.name(), body.kind().name());
    }

    BodyDraft draft() {
      BodyKind chosen =
          Arrays.stream(BodyKind.values())
              .filter(k -> k.name().equals(kind))
              .findFirst()
              .orElseThrow(Coordinators.NotFoundException::new);
      return new BodyDraft(name, chosen);
    }
  }

  private final Coordinators coordinators;
  private final PoliticalBodies bodies;
  private final SaveBody saveBody;
  private final Meetings meetings;
  private final Clock clock;

  BodiesPage(
      Coordinators coordinators,
      PoliticalBodies bodies,
      SaveBody saveBody,
      Meetings meetings,
      Clock clock) {
    this.coordinators = coordinators;
    this.bodies = bodies;
    this.saveBody = saveBody;
    this.meetings = meetings;
    this.clock = clock;
  }

  @GetMapping
  String list(Authentication authentication, Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    model.addAttribute(
        "bodies",
        bodies.findByTenant(me.tenantId()).stream()
            .sorted(Comparator.comparing(PoliticalBody::name, String.CASE_INSENSITIVE_ORDER))
            .toList());
    return "console/bodies";
  }

  @GetMapping("/new")
  String blank(Authentication authentication, Model model) {
    coordinators.page(authentication, model, "bodies");
    return form(model, null, new BodyForm("", BodyKind.UTVALG.name()), Map.of());
  }

  @PostMapping
  String add(
      Authentication authentication,
      @ModelAttribute BodyForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    try {
      PoliticalBody added = saveBody.add(me.tenantId(), form.draft());
      return "redirect:/console/bodies/" + added.id().value() + "?saved";
    } catch (CaseworkRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, null, form, Map.of(refused.field(), refused.explanation(me.language())));
    }
  }

  @GetMapping("/{bodyId}")
  String show(Authentication authentication, @PathVariable String bodyId, Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    PoliticalBody body = own(me, bodyId);
    return form(model, body, BodyForm.of(body), Map.of());
  }

  @PostMapping("/{bodyId}")
  String save(
      Authentication authentication,
      @PathVariable String bodyId,
      @ModelAttribute BodyForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    PoliticalBody body = own(me, bodyId);
    try {
      saveBody.change(body, form.draft());
      return "redirect:/console/bodies/" + body.id().value() + "?saved";
    } catch (CaseworkRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, body, form, Map.of(refused.field(), refused.explanation(me.language())));
    }
  }

  /** The body's form; for a saved body also its meetings, coming first, past ones apart. */
  private String form(Model model, PoliticalBody body, BodyForm form, Map<String, String> errors) {
    model.addAttribute("body", body);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", BodyKind.values());
    if (body == null) {
      return "console/body";
    }
    Leader me = (Leader) model.getAttribute("me");
    ZoneId zone = me.timeZone();
    Instant now = clock.instant();
    model.addAttribute(
        "coming",
        meetings.findByBody(me.tenantId(), body.id(), now, LIST_LIMIT).stream()
            .map(m -> MeetingRow.of(m, zone, me.language()))
            .toList());
    Instant since = now.atZone(zone).minusYears(PAST_YEARS).toInstant();
    model.addAttribute(
        "past",
        meetings.findByBody(me.tenantId(), body.id(), since, PAST_LIMIT).stream()
            .filter(m -> m.start().isBefore(now))
            .sorted(Comparator.comparing(Meeting::start).reversed())
            .limit(LIST_LIMIT)
            .map(m -> MeetingRow.of(m, zone, me.language()))
            .toList());
    return "console/body";
  }

  private PoliticalBody own(Leader me, String bodyId) {
    return own(bodies, me, bodyId);
  }

  /** The coordinator's tenant's body; another tenant's id is the same as none. */
  static PoliticalBody own(PoliticalBodies bodies, Leader me, String bodyId) {
    return bodies
        .findById(me.tenantId(), new BodyId(bodyId))
        .orElseThrow(Coordinators.NotFoundException::new);
  }
}
