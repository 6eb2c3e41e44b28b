package no.samspill.adapter.console;

import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The coordinator behind a request, read again on every page: one who was removed or is no longer a
 * coordinator loses the console at once, not when the session ends.
 */
@Component
class Coordinators {

  private final Leaders leaders;

  Coordinators(Leaders leaders) {
    this.leaders = leaders;
  }

  Leader current(Authentication authentication) {
    ConsoleAccount account = ConsoleAccount.of(authentication);
    if (account.leader() == null) {
      throw new NotCoordinatorException();
    }
    return leaders
        .findById(account.leader())
        .filter(l -> l.tenantId().equals(account.tenant()) && l.coordinator())
        .orElseThrow(NotCoordinatorException::new);
  }

  /** The coordinator, with what every page's layout needs: texts, name, which tab is open. */
  Leader page(Authentication authentication, Model model, String page) {
    Leader me = current(authentication);
    model.addAttribute("t", new ConsoleText(me.language()));
    model.addAttribute("me", me);
    model.addAttribute("page", page);
    return me;
  }

  /** Thrown when the signed-in person is not (or no longer) a coordinator. */
  static final class NotCoordinatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotCoordinatorException() {
      super("not a coordinator", null, false, false);
    }
  }

  /** Thrown for an id that is not the coordinator's tenant's: the same as not there at all. */
  static final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFoundException() {
      super("not found", null, false, false);
    }
  }
}
