package no.samspill.adapter.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one token the admin API accepts, compared in constant time. */
final class AdminToken {

  private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

  private final byte[] expected;

  private AdminToken(String token) {
    this.expected = token.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The configured token; without one a random token that is shown once in the log only when {@code
   * announce} is true (the local demo): elsewhere no secret goes to the log, so the operator's
   * token is off until SAMSPILL_ADMIN_TOKEN is set.
   */
  static AdminToken from(AdminProperties properties, boolean announce) {
    if (properties.token() != null && !properties.token().isBlank()) {
      return new AdminToken(properties.token().strip());
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    if (announce) {
      log.warn(
          "SAMSPILL_ADMIN_TOKEN is not set; in this local demo the admin API accepts this"
              + " generated token until restart: {}",
          generated);
    } else {
      log.warn(
          "SAMSPILL_ADMIN_TOKEN is not set: the operator's token for /api/v1 is off until it is"
              + " set (coordinators' access tokens work where an OpenID provider is set)");
    }
    return new AdminToken(generated);
  }

  boolean matches(String presented) {
    if (presented == null) {
      return false;
    }
    return MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
  }
}
