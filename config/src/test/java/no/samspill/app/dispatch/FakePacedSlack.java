package no.samspill.app.dispatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Slack Web API that keeps Slack's limits and says so as Slack does: chat.postMessage at most one
 * message per second per channel and {@code workspaceRate} per second per workspace (token), else
 * HTTP 429 with Retry-After. It records what each channel received.
 */
final class FakePacedSlack implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final double workspaceRate;
  private final Map<String, Long> lastPostNanos = new HashMap<>();
  private final Map<String, double[]> buckets = new HashMap<>();
  final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  final AtomicInteger throttled = new AtomicInteger();
  final AtomicInteger opens = new AtomicInteger();
  private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);

  FakePacedSlack(double workspaceRate) throws IOException {
    this.workspaceRate = workspaceRate;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    executor = FakeServers.threads("fake-slack");
    server.setExecutor(executor);
    server.createContext("/api/", this::handle);
    server.start();
  }

  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  int total() {
    return received.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    String token = exchange.getRequestHeaders().getFirst("Authorization");
    switch (method) {
      case "auth.test" ->
          FakeServers.json(exchange, 200, "{\"ok\":true,\"team_id\":\"T0\",\"user_id\":\"UBOT\"}");
      case "conversations.open" -> {
        opens.incrementAndGet();
        FakeServers.json(
            exchange, 200, "{\"ok\":true,\"channel\":{\"id\":\"D" + form.get("users") + "\"}}");
      }
      case "chat.postMessage" -> post(exchange, token, form.get("channel"));
      default -> FakeServers.json(exchange, 200, "{\"ok\":true}");
    }
  }

  private void post(HttpExchange exchange, String token, String channel) throws IOException {
    if (!admit(token, channel)) {
      throttled.incrementAndGet();
      exchange.getResponseHeaders().add("Retry-After", "1");
      FakeServers.json(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
      return;
    }
    received.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
    FakeServers.json(
        exchange, 200, "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + nextTs() + "\"}");
  }

  /** One per second per channel; a token bucket of one second's worth per workspace. */
  private synchronized boolean admit(String token, String channel) {
    long now = System.nanoTime();
    Long last = lastPostNanos.get(channel);
    if (last != null && now - last < 1_000_000_000L) {
      return false;
    }
    double[] bucket = buckets.computeIfAbsent(token, t -> new double[] {workspaceRate, now});
    bucket[0] = Math.min(workspaceRate, bucket[0] + (now - bucket[1]) / 1e9 * workspaceRate);
    bucket[1] = now;
    if (bucket[0] < 1) {
      return false;
    }
    bucket[0] -= 1;
    lastPostNanos.put(channel, now);
    return true;
  }

  private String nextTs() {
    long micros = ts.incrementAndGet();
    return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        form.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
