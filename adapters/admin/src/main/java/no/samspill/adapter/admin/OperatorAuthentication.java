package no.samspill.adapter.admin;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The deployment's operator, who presented SAMSPILL_ADMIN_TOKEN: every tenant is theirs. */
final class OperatorAuthentication extends AbstractAuthenticationToken {

  static final String NAME = "operator";

  OperatorAuthentication() {
    super(List.of());
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return NAME;
  }
}
