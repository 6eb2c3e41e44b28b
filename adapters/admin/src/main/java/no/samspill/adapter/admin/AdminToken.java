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

  static AdminToken from(AdminProperties properties) {
    if (properties.token() != null && !properties.token().isBlank()) {
      return new AdminToken(properties.token().strip());
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    // The issue asks for this: without a configured token, the operator needs to learn this one.
    log.warn(
        "SAMSPILL_ADMIN_TOKEN is not set; the admin API accepts this generated token until restart:"
            + " {}",
        generated);
    return new AdminToken(generated);
  }

  boolean matches(String presented) {
    if (presented == null) {
      return false;
    }
    return MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
  }
}
