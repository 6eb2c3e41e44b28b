package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ManageImportSources;
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
 * Kalendere og eInnsyn: the tenant's import sources with their last runs; add, edit and remove the
 * stored ones, and import any of them now. The deployment's configured sources are shown as such
 * and cannot be changed here.
 */
@Controller
@RequestMapping("/console/sources")
class SourcesPage {

  /** The form as posted. */
  record SourceForm(String kind, String body, String url, String unit, String utvalg) {

    static SourceForm of(ImportSource s) {
      return new SourceForm(s.kind().name(), s.body().value(), s.url(), s.unit(), s.utvalg());
    }

    ManageImportSources.Draft draft(ImportSource.Kind kind) {
      return new ManageImportSources.Draft(kind, body, url, unit, utvalg);
    }
  }

  private final Coordinators coordinators;
  private final ImportFromSources imports;
  private final ManageImportSources manage;
  private final PoliticalBodies bodies;

  SourcesPage(
      Coordinators coordinators,
      ImportFromSources imports,
      ManageImportSources manage,
      PoliticalBodies bodies) {
    this.coordinators = coordinators;
    this.imports = imports;
    this.manage = manage;
    this.bodies = bodies;
  }

  @GetMapping
  String list(
      Authentication authentication,
      @RequestParam(name = "imported", required = false) String imported,
      @RequestParam(name = "running", required = false) String running,
      Model model) {
    Leader me = coordinators.page(authentication, model, "sources");
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    Map<BodyId, String> names =
        bodies.findByTenant(me.tenantId()).stream()
            .collect(Collectors.toMap(PoliticalBody::id, PoliticalBody::name, (a, b) -> a));
    List<SourceRow> rows =
        imports.list(me.tenantId()).stream()
            .map(s -> SourceRow.of(s, names, t, me.timeZone()))
            .toList();
    model.addAttribute("sources", rows);
    model.addAttribute(
        "imported", rows.stream().filter(r -> r.id().equals(imported)).findFirst().orElse(null));
    model.addAttribute(
        "running", rows.stream().filter(r -> r.id().equals(running)).findFirst().orElse(null));
    return "console/sources";
  }

  @GetMapping("/new")
  String blank(
      Authentication authentication, @RequestParam(name = "kind") String kind, Model model) {
    coordinators.page(authentication, model, "sources");
    ImportSource.Kind k = kind(kind);
    return form(model, null, new SourceForm(k.name(), null, null, null, null), Map.of());
  }

  @PostMapping
  String add(
      Authentication authentication,
      @ModelAttribute SourceForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "sources");
    try {
      manage.add(me.tenantId(), form.draft(kind(form.kind())));
      return "redirect:/console/sources?saved";
    } catch (CaseworkRefused refused) {
      return refused(model, null, form, refused, me, response);
    }
  }

  @GetMapping("/{id}")
  String edit(Authentication authentication, @PathVariable String id, Model model) {
    Leader me = coordinators.page(authentication, model, "sources");
    ImportSource source = stored(me, id);
    return form(model, source, SourceForm.of(source), Map.of());
  }

  @PostMapping("/{id}")
  String save(
      Authentication authentication,
      @PathVariable String id,
      @ModelAttribute SourceForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "sources");
    ImportSource source = stored(me, id);
    // The kind is the stored one's: a feed does not turn into an eInnsyn source by a forged form.
    SourceForm typed =
        new SourceForm(source.kind().name(), form.body(), form.url(), form.unit(), form.utvalg());
    try {
      manage.edit(me.tenantId(), id, typed.draft(source.kind()));
      return "redirect:/console/sources?saved";
    } catch (CaseworkRefused refused) {
      return refused(model, source, typed, refused, me, response);
    }
  }

  @PostMapping("/{id}/remove")
  String remove(Authentication authentication, @PathVariable String id, Model model) {
    Leader me = coordinators.page(authentication, model, "sources");
    if (!manage.remove(me.tenantId(), stored(me, id).id())) {
      throw new Coordinators.NotFoundException();
    }
    return "redirect:/console/sources?removed";
  }

  @PostMapping("/{id}/import")
  String importNow(Authentication authentication, @PathVariable String id, Model model) {
    Leader me = coordinators.page(authentication, model, "sources");
    ImportFromSources.ImportNow done =
        imports.importNow(me.tenantId(), id).orElseThrow(Coordinators.NotFoundException::new);
    // Another press, instance or poll is importing it: not an error, its result will show.
    return "redirect:/console/sources?" + (done.alreadyRunning() ? "running=" : "imported=") + id;
  }

  private ImportSource stored(Leader me, String id) {
    return imports
        .find(me.tenantId(), id)
        .filter(s -> !s.configured())
        .orElseThrow(Coordinators.NotFoundException::new);
  }

  private static ImportSource.Kind kind(String typed) {
    for (ImportSource.Kind kind : ImportSource.Kind.values()) {
      if (kind.name().equals(typed)) {
        return kind;
      }
    }
    throw new Coordinators.NotFoundException();
  }

  private String refused(
      Model model,
      ImportSource source,
      SourceForm form,
      CaseworkRefused refused,
      Leader me,
      HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return form(model, source, form, Map.of(refused.field(), refused.explanation(me.language())));
  }

  private String form(
      Model model, ImportSource source, SourceForm form, Map<String, String> errors) {
    Leader me = (Leader) model.getAttribute("me");
    model.addAttribute("source", source);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("bodies", bodies.findByTenant(me.tenantId()));
    return "console/source";
  }
}
