package no.samspill.adapter.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's sign-in: an OpenID Connect provider (Entra ID, Ansattporten, Keycloak) by issuer,
 * client id and secret; and, in the local demo only, a sign-in as the sample coordinator.
 */
@ConfigurationProperties("samspill.console")
public record ConsoleProperties(Oidc oidc, boolean demoSignIn) {

  public ConsoleProperties {
    oidc = oidc == null ? new Oidc(null, null, null) : oidc;
  }

  /** Blank values mean the provider is not configured. */
  public record Oidc(String issuerUri, String clientId, String clientSecret) {

    public boolean configured() {
      return present(issuerUri) && present(clientId);
    }

    private static boolean present(String value) {
      return value != null && !value.isBlank();
    }
  }
}
