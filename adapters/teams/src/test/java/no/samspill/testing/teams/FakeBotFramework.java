package no.samspill.testing.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * WireMock standing in for the Bot Framework: the OpenID metadata and signing keys the SDK checks
 * inbound tokens against, the token endpoint the bot gets its own token from, and the Bot Connector
 * (the activities' {@code serviceUrl}) that receives the bot's messages.
 */
public final class FakeBotFramework implements AutoCloseable {

  public static final String APP_ID = "11111111-2222-3333-4444-555555555555";
  public static final String APP_PASSWORD = "test-secret";
  public static final String BOT_TOKEN = "bot-token-from-fake-entra";
  public static final String ISSUER = "https://api.botframework.com";
  static final String KEY_ID = "samspill-test-key";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final KeyPair signingKey = rsaKey();
  private final KeyPair otherKey = rsaKey();

  public FakeBotFramework() {
    server.start();
    reset();
  }

  /** Forgets requests and stubs, then serves the metadata, keys, token and a willing Connector. */
  public void reset() {
    server.resetAll();
    server.stubFor(
        get(urlPathEqualTo("/openid/metadata"))
            .willReturn(
                okJson(
                    "{\"issuer\":\""
                        + ISSUER
                        + "\",\"jwks_uri\":\""
                        + url("/openid/keys")
                        + "\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}")));
    server.stubFor(get(urlPathEqualTo("/openid/keys")).willReturn(okJson(jwks())));
    server.stubFor(
        post(urlPathEqualTo("/botframework.com/oauth2/v2.0/token"))
            .willReturn(
                okJson(
                    "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\""
                        + BOT_TOKEN
                        + "\"}")));
    server.stubFor(
        post(urlPathMatching("/v3/conversations/.+/activities.*"))
            .willReturn(okJson("{\"id\":\"1:sent\"}")));
    server.stubFor(
        put(urlPathMatching("/v3/conversations/.+/activities/.+"))
            .willReturn(okJson("{\"id\":\"1:updated\"}")));
  }

  public void stub(MappingBuilder mapping) {
    server.stubFor(mapping);
  }

  /** Teams lists the team's General channel (same id as the team) and one more. */
  public void teamHasChannel(String teamId, String channelId, String channelName) {
    server.stubFor(
        get(urlPathEqualTo("/v3/teams/" + teamId + "/conversations"))
            .willReturn(
                okJson(
                    "{\"conversations\":[{\"id\":\""
                        + teamId
                        + "\"},{\"id\":\""
                        + channelId
                        + "\",\"name\":\""
                        + channelName
                        + "\"}]}")));
  }

  public String serviceUrl() {
    return url("/");
  }

  public String openIdMetadataUrl() {
    return url("/openid/metadata");
  }

  public String tokenUrl() {
    return url("/botframework.com/oauth2/v2.0/token");
  }

  /** The properties that point the app at this fake, as {@code key=value} lines. */
  public String[] properties() {
    return new String[] {
      "samspill.teams.app-id=" + APP_ID,
      "samspill.teams.app-password=" + APP_PASSWORD,
      "samspill.teams.open-id-metadata-url=" + openIdMetadataUrl(),
      "samspill.teams.token-url=" + tokenUrl(),
      "samspill.teams.retry.first-backoff=10ms",
      "samspill.teams.retry.max-backoff=2s",
      "samspill.teams.retry.timeout=10s"
    };
  }

  /** A token as the Bot Connector signs it for this app and service URL. */
  public String validToken() {
    return token(ISSUER, APP_ID, Instant.now().plus(Duration.ofMinutes(30)), false);
  }

  public String token(String issuer, String audience, Instant expires, boolean wrongKey) {
    return sign(wrongKey ? otherKey : signingKey, KEY_ID, issuer, audience, serviceUrl(), expires);
  }

  /** A token as the Bot Connector signs it, with {@code key} named {@code keyId} in the JWKS. */
  public static String sign(
      KeyPair key,
      String keyId,
      String issuer,
      String audience,
      String serviceUrl,
      Instant expires) {
    return JWT.create()
        .withKeyId(keyId)
        .withIssuer(issuer)
        .withAudience(audience)
        .withClaim("serviceurl", serviceUrl)
        .withNotBefore(Date.from(expires.minus(Duration.ofHours(2))))
        .withExpiresAt(Date.from(expires))
        .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
  }

  /** The activities the bot posted to the Connector, oldest first. */
  public List<JsonNode> sentActivities() {
    return sentTo("/v3/conversations/.+/activities.*").stream()
        .map(FakeBotFramework::body)
        .toList();
  }

  /** The activities the bot replaced in place (PUT), oldest first. */
  public List<LoggedRequest> updates() {
    return server.findAll(putRequestedFor(urlPathMatching("/v3/conversations/.+/activities/.+")));
  }

  /**
   * The replaced activities once there are at least {@code count}, waiting up to 10 s: a typed
   * answer's card is frozen after the reply's next question has gone, off the request's thread.
   */
  public List<LoggedRequest> updatesAtLeast(int count) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<LoggedRequest> updates = updates();
    while (updates.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
      updates = updates();
    }
    return updates;
  }

  public List<LoggedRequest> sentTo(String pathRegex) {
    return server.findAll(postRequestedFor(urlPathMatching(pathRegex)));
  }

  public int tokenRequests() {
    return server
        .findAll(postRequestedFor(urlPathEqualTo("/botframework.com/oauth2/v2.0/token")))
        .size();
  }

  /** The content of the last Adaptive Card among {@code activities}, or null if none has one. */
  public static JsonNode lastCard(List<JsonNode> activities) {
    JsonNode card = null;
    for (JsonNode activity : activities) {
      if (activity.has("attachments")) {
        card = activity.get("attachments").get(0).get("content");
      }
    }
    return card;
  }

  /** The Adaptive Cards the bot sent, oldest first. */
  public List<JsonNode> sentCards() {
    return sentActivities().stream()
        .filter(a -> a.has("attachments"))
        .map(a -> a.get("attachments").get(0).get("content"))
        .toList();
  }

  public WireMock client() {
    return new WireMock(server.port());
  }

  private String url(String path) {
    return "http://localhost:" + server.port() + path;
  }

  private String jwks() {
    return jwks(signingKey, KEY_ID);
  }

  /** The JSON Web Key Set the SDK checks tokens against: one key, endorsed for Teams. */
  public static String jwks(KeyPair signingKey, String keyId) {
    RSAPublicKey key = (RSAPublicKey) signingKey.getPublic();
    return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\""
        + keyId
        + "\",\"n\":\""
        + base64Url(key.getModulus())
        + "\",\"e\":\""
        + base64Url(key.getPublicExponent())
        + "\",\"endorsements\":[\"msteams\",\"emulator\"]}]}";
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes[0] == 0 && bytes.length > 1) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static JsonNode body(LoggedRequest request) {
    try {
      return JSON.readTree(request.getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static KeyPair rsaKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A response the Connector gives when it is busy. */
  public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tooManyRequests(
      int retryAfterSeconds) {
    return aResponse()
        .withStatus(429)
        .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"code\":\"Throttled\",\"message\":\"Too many requests\"}}");
  }

  @Override
  public void close() {
    server.stop();
  }
}
