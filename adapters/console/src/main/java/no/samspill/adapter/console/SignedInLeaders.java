package no.samspill.adapter.console;

import java.util.List;
import no.samspill.core.directory.IdentifySignedInLeader;
import no.samspill.core.directory.IdentifySignedInLeader.SignIn;
import no.samspill.core.directory.Leader;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's user into a console account: the leader named by the token (Entra's
 * directory and object id, or a verified e-mail), a coordinator or not.
 */
final class SignedInLeaders implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final IdentifySignedInLeader identify;

  SignedInLeaders(IdentifySignedInLeader identify) {
    this.identify = identify;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = provider.loadUser(request);
    SignIn signIn =
        new SignIn(
            user.getEmail(),
            Boolean.TRUE.equals(user.getEmailVerified()),
            user.getClaimAsString("tid"),
            user.getClaimAsString("oid"));
    ConsoleAccount account =
        identify.identify(signIn).map(SignedInLeaders::account).orElseGet(ConsoleAccount::stranger);
    List<GrantedAuthority> authorities =
        account.coordinator()
            ? List.of(new SimpleGrantedAuthority(ConsoleAccount.COORDINATOR))
            : List.of();
    return new CoordinatorOidcUser(user, authorities, account);
  }

  static ConsoleAccount account(Leader leader) {
    return new ConsoleAccount(leader.tenantId(), leader.id(), leader.coordinator());
  }
}
