package no.samspill.adapter.console;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.view.RedirectView;

/** What every console page gets, and the console's own answers for refused and missing ids. */
@ControllerAdvice(
    assignableTypes = {
      SignInController.class,
      OverviewPage.class,
      LeadersPage.class,
      SettingsPage.class,
      CasesPage.class,
      BodiesPage.class,
      MeetingsPage.class,
      DeletePages.class,
      CalendarUploadPage.class,
      SourcesPage.class,
      DigestPage.class,
      LogPage.class,
      InsightPage.class
    })
class ConsolePages {

  private final Coordinators coordinators;

  ConsolePages(Coordinators coordinators) {
    this.coordinators = coordinators;
  }

  @ExceptionHandler(Coordinators.NotCoordinatorException.class)
  RedirectView notCoordinator() {
    return new RedirectView("/console/not-coordinator", true);
  }

  @ExceptionHandler(Coordinators.NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Authentication authentication, Model model) {
    return SignInController.message(
        model, new ConsoleText(coordinators.current(authentication).language()), "notfound");
  }
}
