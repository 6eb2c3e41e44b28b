package no.samspill.adapter.console;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one OpenID Connect provider, read from its discovery document on the first sign-in rather
 * than at start-up, so a provider that is down does not stop the chat bot from starting.
 */
final class ProviderRegistration implements ClientRegistrationRepository {

  static final String ID = "samspill";

  private final ConsoleProperties.Oidc oidc;
  private volatile ClientRegistration registration;

  ProviderRegistration(ConsoleProperties.Oidc oidc) {
    this.oidc = oidc;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    if (!ID.equals(registrationId)) {
      return null;
    }
    ClientRegistration found = registration;
    if (found == null) {
      found =
          ClientRegistrations.fromIssuerLocation(oidc.issuerUri().strip())
              .registrationId(ID)
              .clientId(oidc.clientId().strip())
              .clientSecret(oidc.clientSecret() == null ? null : oidc.clientSecret().strip())
              .scope("openid", "profile", "email")
              .redirectUri("{baseUrl}/console/login/oauth2/code/{registrationId}")
              .build();
      registration = found;
    }
    return found;
  }
}
