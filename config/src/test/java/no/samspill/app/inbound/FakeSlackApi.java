package no.samspill.app.inbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.app.dispatch.FakeServers;

/**
 * Slack's Web API on a JDK HTTP server, answering at once and without limits: it counts the
 * messages posted and keeps each channel's last message with buttons (so a client can click one).
 */
final class FakeSlackApi implements AutoCloseable {

  static final String TEAM = "TBENCH";

  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, String> lastButtons = new ConcurrentHashMap<>();
  final AtomicInteger posted = new AtomicInteger();

  FakeSlackApi() throws IOException {
    threads = FakeServers.threads("fake-slack");
    server = FakeServers.loopback(threads);
    server.createContext("/api/", this::method);
    server.start();
  }

  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** The blocks of the last message with buttons posted to a channel, once, or null. */
  String takeButtons(String channel) {
    return lastButtons.remove(channel);
  }

  private void method(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    switch (method) {
      case "auth.test" ->
          FakeServers.json(
              exchange,
              200,
              "{\"ok\":true,\"team\":\"Bench\",\"user\":\"samspill\",\"team_id\":\""
                  + TEAM
                  + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
      case "chat.postMessage" -> {
        posted.incrementAndGet();
        String channel = form.getOrDefault("channel", "");
        String blocks = form.get("blocks");
        if (blocks != null && blocks.contains("\"button\"")) {
          lastButtons.put(channel, blocks);
        }
        FakeServers.json(
            exchange,
            200,
            "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1700000000.000100\"}");
      }
      case "conversations.open" ->
          FakeServers.json(
              exchange,
              200,
              "{\"ok\":true,\"channel\":{\"id\":\"D" + form.getOrDefault("users", "") + "\"}}");
      case "users.info" ->
          FakeServers.json(
              exchange,
              200,
              "{\"ok\":true,\"user\":{\"id\":\"U1\",\"name\":\"ny\",\"tz\":\"Europe/Oslo\","
                  + "\"locale\":\"nb-NO\",\"profile\":{\"real_name\":\"Ny Leder\"}}}");
      default -> FakeServers.json(exchange, 200, "{\"ok\":true}");
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
