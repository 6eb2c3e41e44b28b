package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.imports.ImportCalendarFile;
import no.samspill.core.imports.ImportLimitException;
import no.samspill.core.imports.ImportReport;
import no.samspill.core.imports.UnreadableSourceException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A body's .ics upload and its report: the same import as the admin API's ({@link
 * ImportCalendarFile}). The file adds, moves and cancels the events it holds; nothing else.
 */
@Controller
@RequestMapping("/console/bodies/{bodyId}/import")
class CalendarUploadPage {

  /** The largest file the console takes; a larger one is refused before it is read. */
  static final long MAX_FILE_BYTES = 1024 * 1024;

  private final Coordinators coordinators;
  private final PoliticalBodies bodies;
  private final ImportCalendarFile importFile;

  CalendarUploadPage(
      Coordinators coordinators, PoliticalBodies bodies, ImportCalendarFile importFile) {
    this.coordinators = coordinators;
    this.bodies = bodies;
    this.importFile = importFile;
  }

  @GetMapping
  String show(Authentication authentication, @PathVariable String bodyId, Model model) {
    Leader me = coordinators.page(authentication, model, "bodies");
    return page(model, own(me, bodyId), null);
  }

  @PostMapping
  String upload(
      Authentication authentication,
      @PathVariable String bodyId,
      @RequestParam(name = "file", required = false) MultipartFile file,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model)
      throws IOException {
    Leader me = coordinators.page(authentication, model, "bodies");
    PoliticalBody body = own(me, bodyId);
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    String refused = null;
    ImportReport report = null;
    if (!importFile.available()) {
      refused = t.m("console.bodies.import.unavailable");
    } else if (file == null || file.isEmpty()) {
      refused = t.m("console.bodies.import.nofile");
    } else if (file.getSize() > MAX_FILE_BYTES) {
      refused = t.m("console.bodies.import.toolarge", MAX_FILE_BYTES / (1024 * 1024));
    } else {
      try {
        report = importFile.upload(me.tenantId(), body.id(), file.getBytes(), false);
        if (!report.succeeded()) {
          refused = t.m("console.bodies.import.failed");
        }
      } catch (ImportLimitException e) {
        refused = t.m("console.bodies.import.limit", e.value());
      } catch (UnreadableSourceException e) {
        refused = t.m("console.bodies.import.notcalendar");
      }
    }
    if (refused != null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(model, body, refused);
    }
    redirect.addFlashAttribute("report", ImportView.of(report, t));
    return "redirect:/console/bodies/" + body.id().value() + "/import?done";
  }

  private static String page(Model model, PoliticalBody body, String refused) {
    model.addAttribute("body", body);
    model.addAttribute("refused", refused);
    model.addAttribute("maxMegabytes", MAX_FILE_BYTES / (1024 * 1024));
    return "console/import";
  }

  private PoliticalBody own(Leader me, String bodyId) {
    return BodiesPage.own(bodies, me, bodyId);
  }
}
