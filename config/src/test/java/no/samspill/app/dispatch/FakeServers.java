package no.samspill.app.dispatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** What the benchmark's fake platforms share: their threads and how they answer. */
public final class FakeServers {

  private FakeServers() {}

  /** Daemon threads, so a fake never keeps the benchmark's JVM alive. */
  public static ExecutorService threads(String name) {
    return Executors.newFixedThreadPool(
        16,
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          return thread;
        });
  }

  public static void json(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The Bot Framework's token endpoint: a bearer token for the bot's calls to the Connector. */
  public static void token(HttpExchange exchange) throws IOException {
    json(
        exchange,
        200,
        "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"bench\"}");
  }

  /** A server on a free loopback port, answering on {@code threads}; not started yet. */
  public static HttpServer loopback(ExecutorService threads) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
    server.setExecutor(threads);
    return server;
  }
}
