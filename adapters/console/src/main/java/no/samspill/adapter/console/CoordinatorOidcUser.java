package no.samspill.adapter.console;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The provider's user, with the Samspill leader it was matched to. */
final class CoordinatorOidcUser extends DefaultOidcUser {

  private static final long serialVersionUID = 1L;

  private final ConsoleAccount account;

  CoordinatorOidcUser(
      OidcUser user, Collection<? extends GrantedAuthority> authorities, ConsoleAccount account) {
    super(authorities, user.getIdToken(), user.getUserInfo(), "sub");
    this.account = account;
  }

  ConsoleAccount account() {
    return account;
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
