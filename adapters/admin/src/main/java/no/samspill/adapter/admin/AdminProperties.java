package no.samspill.adapter.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The admin API's operator token (SAMSPILL_ADMIN_TOKEN; blank means one is made at start-up) and,
 * when an issuer is set, the OpenID provider whose access tokens coordinators may use instead.
 */
@ConfigurationProperties("samspill.admin")
public record AdminProperties(String token, Oidc oidc) {

  public AdminProperties {
    oidc = oidc == null ? new Oidc(null, null) : oidc;
  }

  /** The issuer (as in its discovery document) and the audience its tokens must name. */
  public record Oidc(String issuerUri, String audience) {

    boolean enabled() {
      return issuerUri != null && !issuerUri.isBlank();
    }
  }
}
