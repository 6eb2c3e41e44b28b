package no.samspill.adapter.console;

import java.io.Serializable;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import org.springframework.security.core.Authentication;

/**
 * Who is signed in to the console: a leader of one tenant; only a coordinator may go further. Kept
 * in the session, which is stored in the database.
 */
record ConsoleAccount(TenantId tenant, LeaderId leader, boolean coordinator)
    implements Serializable {

  static final String COORDINATOR = "ROLE_COORDINATOR";

  /** Someone the provider knows but Samspill does not: no tenant, no leader. */
  static ConsoleAccount stranger() {
    return new ConsoleAccount(null, null, false);
  }

  static ConsoleAccount of(Authentication authentication) {
    if (authentication == null) {
      return stranger();
    }
    Object principal = authentication.getPrincipal();
    if (principal instanceof ConsoleAccount account) {
      return account;
    }
    if (principal instanceof CoordinatorOidcUser user) {
      return user.account();
    }
    return stranger();
  }
}
