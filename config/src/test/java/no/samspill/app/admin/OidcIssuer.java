package no.samspill.app.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import no.samspill.app.TestApp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID provider's public side, served by WireMock: the discovery document and the JWKS
 * with this issuer's RSA key. Tokens are signed here with Nimbus as the provider would sign them.
 */
final class OidcIssuer implements AutoCloseable {

  static final String AUDIENCE = "api://samspill-admin";

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final RSAKey key;

  OidcIssuer() {
    key = newKey("issuer-key");
    server.start();
    server.stubFor(
        get("/.well-known/openid-configuration")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"issuer":"%s","jwks_uri":"%s/jwks",
                         "authorization_endpoint":"%s/authorize","token_endpoint":"%s/token",
                         "response_types_supported":["code"],"subject_types_supported":["public"],
                         "id_token_signing_alg_values_supported":["RS256"]}"""
                            .formatted(issuer(), issuer(), issuer(), issuer()))));
    server.stubFor(
        get("/jwks")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(new JWKSet(key.toPublicJWK()).toString())));
    warmUp();
  }

  // The app's discovery call has a short read timeout; a cold WireMock on a busy machine misses it.
  private void warmUp() {
    HttpClient http = HttpClient.newHttpClient();
    try {
      for (String path : new String[] {"/.well-known/openid-configuration", "/jwks"}) {
        http.send(
            HttpRequest.newBuilder(URI.create(issuer() + path)).build(),
            HttpResponse.BodyHandlers.discarding());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The whole app, taking this issuer's access tokens besides the operator's token. */
  ConfigurableApplicationContext startApp(Path dataFile, String operatorToken) {
    return TestApp.start(
        dataFile,
        TestApp.newDatabase(),
        "samspill.admin.token=" + operatorToken,
        "samspill.admin.oidc.issuer-uri=" + issuer(),
        "samspill.admin.oidc.audience=" + AUDIENCE);
  }

  String issuer() {
    return "http://localhost:" + server.port();
  }

  /** A valid access token for this audience, valid for ten minutes, with these claims. */
  String token(Map<String, Object> claims) {
    return sign(key, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)), claims);
  }

  String expired(Map<String, Object> claims) {
    return sign(key, issuer(), AUDIENCE, Instant.now().minus(Duration.ofMinutes(10)), claims);
  }

  String forAudience(String audience, Map<String, Object> claims) {
    return sign(key, issuer(), audience, Instant.now().plus(Duration.ofMinutes(10)), claims);
  }

  String fromIssuer(String issuer, Map<String, Object> claims) {
    return sign(key, issuer, AUDIENCE, Instant.now().plus(Duration.ofMinutes(10)), claims);
  }

  /** Everything right but the signature: a key this issuer never published, under its key id. */
  String signedByAnotherKey(Map<String, Object> claims) {
    return sign(
        newKey("issuer-key"),
        issuer(),
        AUDIENCE,
        Instant.now().plus(Duration.ofMinutes(10)),
        claims);
  }

  static Map<String, Object> email(String address) {
    return Map.of("email", address, "email_verified", true);
  }

  private static String sign(
      RSAKey key, String issuer, String audience, Instant expires, Map<String, Object> claims) {
    JWTClaimsSet.Builder set =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(audience)
            .subject(UUID.randomUUID().toString())
            .issueTime(Date.from(expires.minus(Duration.ofMinutes(20))))
            .notBeforeTime(Date.from(expires.minus(Duration.ofMinutes(20))))
            .expirationTime(Date.from(expires));
    claims.forEach(set::claim);
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            set.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static RSAKey newKey(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
