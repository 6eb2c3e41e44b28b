package no.samspill.app.inbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.app.dispatch.FakeServers;
import no.samspill.testing.teams.FakeBotFramework;

/**
 * The Bot Framework on a JDK HTTP server, for load: the OpenID metadata and signing key inbound
 * tokens are checked against, the token endpoint, and a Connector that answers at once and keeps
 * each conversation's last question card (so a client can click it) instead of a request journal.
 */
final class FakeBotConnector implements AutoCloseable {

  static final String ISSUER = FakeBotFramework.ISSUER;
  private static final String KEY_ID = "inbound-bench-key";
  private static final Pattern ACTIVITIES =
      Pattern.compile("/v3/conversations/([^/]+)/activities(/[^/]+)?");

  private final HttpServer server;
  private final ExecutorService threads;
  private final KeyPair key = FakeBotFramework.rsaKey();
  private final Map<String, String> lastCards = new ConcurrentHashMap<>();
  final AtomicInteger sent = new AtomicInteger();
  final AtomicInteger updated = new AtomicInteger();

  FakeBotConnector() throws IOException {
    threads = FakeServers.threads("fake-bot-connector");
    server = FakeServers.loopback(threads);
    server.createContext(
        "/openid/metadata",
        e ->
            FakeServers.json(
                e,
                200,
                "{\"issuer\":\""
                    + ISSUER
                    + "\",\"jwks_uri\":\""
                    + baseUrl()
                    + "openid/keys\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
    server.createContext(
        "/openid/keys", e -> FakeServers.json(e, 200, FakeBotFramework.jwks(key, KEY_ID)));
    server.createContext("/token", FakeServers::token);
    server.createContext("/v3/conversations/", this::conversation);
    server.start();
  }

  /** The service URL activities carry, and the base of every endpoint here. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  String metadataUrl() {
    return baseUrl() + "openid/metadata";
  }

  String tokenUrl() {
    return baseUrl() + "token";
  }

  /** The last activity with a question card the bot sent to a conversation, once, or null. */
  String takeCard(String conversationId) {
    return lastCards.remove(conversationId);
  }

  /** A token as the Bot Connector signs it for the app and this service URL. */
  String token(String appId) {
    return FakeBotFramework.sign(
        key, KEY_ID, ISSUER, appId, baseUrl(), Instant.now().plus(Duration.ofMinutes(30)));
  }

  private void conversation(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Matcher activity = ACTIVITIES.matcher(path);
    if (path.contains("/members/")) {
      // A leader who is not known yet is looked up once by e-mail.
      FakeServers.json(exchange, 200, "{\"id\":\"29:x\",\"email\":\"ny@benchvik.kommune.no\"}");
    } else if (!activity.matches()) {
      FakeServers.json(exchange, 404, "{}");
    } else if ("PUT".equals(exchange.getRequestMethod())) {
      updated.incrementAndGet();
      FakeServers.json(exchange, 200, "{\"id\":\"1:updated\"}");
    } else {
      int n = sent.incrementAndGet();
      if (body.contains("Action.Submit")) {
        lastCards.put(activity.group(1), body);
      }
      FakeServers.json(exchange, 200, "{\"id\":\"1:" + n + "\"}");
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
