package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.ChangeFollows;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.SaveLeader;
import no.samspill.core.casework.SaveLeader.LeaderDraft;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Language;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Ledere: the tenant's leaders, searched, added and changed through the same use cases. */
@Controller
@RequestMapping("/console/leaders")
class LeadersPage {

  /** The form as posted; checkboxes that are not ticked are absent. */
  record LeaderForm(
      String name,
      String role,
      String email,
      String language,
      String timeZone,
      Boolean coordinator,
      List<String> bodies,
      Boolean meetingEndedNudges) {

    static LeaderForm of(Leader leader, Following following) {
      return new LeaderForm(
          leader.name(),
          leader.role(),
          leader.email(),
          leader.language().code(),
          leader.timeZone().getId(),
          leader.coordinator(),
          following.bodies().stream().map(BodyId::value).toList(),
          following.meetingEndedNudges());
    }

    static LeaderForm empty(Leader me) {
      return new LeaderForm(
          "", "", "", me.language().code(), me.timeZone().getId(), false, List.of(), true);
    }

    LeaderDraft draft() {
      return new LeaderDraft(
          name,
          role,
          email,
          Language.fromCode(language).orElse(Language.DEFAULT),
          timeZone == null || timeZone.isBlank() ? null : timeZone.strip(),
          Boolean.TRUE.equals(coordinator));
    }
  }

  private final Coordinators coordinators;
  private final Leaders leaders;
  private final SaveLeader saveLeader;
  private final Follows follows;
  private final ChangeFollows changeFollows;
  private final PoliticalBodies bodies;
  private final LeaderFacts facts;

  LeadersPage(
      Coordinators coordinators,
      Leaders leaders,
      SaveLeader saveLeader,
      Follows follows,
      ChangeFollows changeFollows,
      PoliticalBodies bodies,
      LeaderFacts facts) {
    this.coordinators = coordinators;
    this.leaders = leaders;
    this.saveLeader = saveLeader;
    this.follows = follows;
    this.changeFollows = changeFollows;
    this.bodies = bodies;
    this.facts = facts;
  }

  @GetMapping
  String list(
      Authentication authentication,
      @RequestParam(name = "q", required = false) String query,
      Model model) {
    Leader me = coordinators.page(authentication, model, "leaders");
    String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    List<Leader> found =
        leaders.findByTenant(me.tenantId()).stream()
            .filter(l -> wanted.isEmpty() || matches(l, wanted))
            .toList();
    model.addAttribute("q", query == null ? "" : query);
    model.addAttribute("leaders", facts.rows(me, text(model), found));
    model.addAttribute("invitation", facts.invitation(me, me.language()));
    return "console/leaders";
  }

  @GetMapping("/new")
  String blank(Authentication authentication, Model model) {
    Leader me = coordinators.page(authentication, model, "leaders");
    return form(model, null, LeaderForm.empty(me), Map.of());
  }

  @PostMapping
  String add(
      Authentication authentication,
      @ModelAttribute LeaderForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "leaders");
    try {
      Leader added = saveLeader.add(me.tenantId(), form.draft());
      return "redirect:/console/leaders/" + added.id().value() + "?saved&added";
    } catch (CaseworkRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, null, form, Map.of(refused.field(), refused.explanation(me.language())));
    }
  }

  @GetMapping("/{leaderId}")
  String edit(Authentication authentication, @PathVariable String leaderId, Model model) {
    Leader me = coordinators.page(authentication, model, "leaders");
    Leader leader = own(me, leaderId);
    return form(
        model, leader, LeaderForm.of(leader, follows.of(me.tenantId(), leader.id())), Map.of());
  }

  @PostMapping("/{leaderId}")
  String save(
      Authentication authentication,
      @PathVariable String leaderId,
      @ModelAttribute LeaderForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "leaders");
    Leader leader = own(me, leaderId);
    // A body id that is not the tenant's is a forged form: refused before anything is written.
    List<BodyId> followed = new ArrayList<>();
    for (String id : form.bodies() == null ? List.<String>of() : form.bodies()) {
      followed.add(
          bodies
              .findById(me.tenantId(), new BodyId(id))
              .orElseThrow(Coordinators.NotFoundException::new)
              .id());
    }
    try {
      Leader saved = saveLeader.change(leader, form.draft());
      changeFollows.change(
          me.tenantId(), saved.id(), followed, Boolean.TRUE.equals(form.meetingEndedNudges()));
      return "redirect:/console/leaders/" + saved.id().value() + "?saved";
    } catch (CaseworkRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, leader, form, Map.of(refused.field(), refused.explanation(me.language())));
    }
  }

  private String form(Model model, Leader leader, LeaderForm form, Map<String, String> errors) {
    Leader me = (Leader) model.getAttribute("me");
    model.addAttribute("leader", leader);
    if (leader != null) {
      model.addAttribute("row", facts.rows(me, text(model), List.of(leader)).get(0));
      // In the leader's own language: it is theirs to read.
      model.addAttribute("invitation", facts.invitation(me, leader.language()));
    }
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("languages", Language.values());
    model.addAttribute("bodies", bodies.findByTenant(me.tenantId()));
    return "console/leader";
  }

  private static ConsoleText text(Model model) {
    return (ConsoleText) model.getAttribute("t");
  }

  private Leader own(Leader me, String leaderId) {
    return leaders
        .findById(new LeaderId(leaderId))
        .filter(l -> l.tenantId().equals(me.tenantId()))
        .orElseThrow(Coordinators.NotFoundException::new);
  }

  private static boolean matches(Leader leader, String wanted) {
    return contains(leader.name(), wanted)
        || contains(leader.role(), wanted)
        || contains(leader.email(), wanted);
  }

  private static boolean contains(String text, String wanted) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
  }
}
