package no.samspill.app.dispatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * A Slack Web API that keeps Slack's limits and says so as Slack does: chat.postMessage at most one
 * message per second per channel and {@code workspaceRate} per second per workspace (token), else
 * HTTP 429 with Retry-After. It records what each channel received, with each message's metadata,
 * and reads a channel back as conversations.history does (messages since {@code oldest}).
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
  private final AtomicLong ts = new AtomicLong();
  private final Map<String, List<Posted>> posted = new HashMap<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private volatile IntConsumer beforeAnswering = n -> {};

  /** A message as Slack keeps it: its timestamp and its metadata (raw JSON, or null). */
  record Posted(String ts, String metadata) {}

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

  /**
   * Runs {@code action} with each accepted post's number (from 1) after the message is kept and
   * before Slack answers: a crash there leaves a message the sender never heard about.
   */
  void beforeAnswering(IntConsumer action) {
    beforeAnswering = action;
  }

  /** What {@code channel} holds, oldest first. */
  synchronized List<Posted> posted(String channel) {
    return List.copyOf(posted.getOrDefault(channel, List.of()));
  }

  synchronized Map<String, List<Posted>> posted() {
    Map<String, List<Posted>> copy = new HashMap<>();
    posted.forEach((channel, messages) -> copy.put(channel, List.copyOf(messages)));
    return copy;
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
      case "chat.postMessage" -> post(exchange, token, form.get("channel"), form.get("metadata"));
      case "conversations.history" -> history(exchange, form.get("channel"), form.get("oldest"));
      default -> FakeServers.json(exchange, 200, "{\"ok\":true}");
    }
  }

  private void post(HttpExchange exchange, String token, String channel, String metadata)
      throws IOException {
    if (!admit(token, channel)) {
      throttled.incrementAndGet();
      exchange.getResponseHeaders().add("Retry-After", "1");
      FakeServers.json(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
      return;
    }
    received.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
    String at = nextTs();
    synchronized (this) {
      posted.computeIfAbsent(channel, c -> new ArrayList<>()).add(new Posted(at, metadata));
    }
    beforeAnswering.accept(accepted.incrementAndGet());
    FakeServers.json(
        exchange, 200, "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + at + "\"}");
  }

  /** Newest first, as Slack answers; only messages at or after {@code oldest}. */
  private void history(HttpExchange exchange, String channel, String oldest) throws IOException {
    double from = oldest == null ? 0 : Double.parseDouble(oldest);
    List<String> messages = new ArrayList<>();
    for (Posted message : posted(channel)) {
      if (Double.parseDouble(message.ts()) >= from) {
        messages.add(
            0,
            "{\"type\":\"message\",\"ts\":\""
                + message.ts()
                + "\""
                + (message.metadata() == null ? "" : ",\"metadata\":" + message.metadata())
                + "}");
      }
    }
    FakeServers.json(
        exchange,
        200,
        "{\"ok\":true,\"has_more\":false,\"messages\":[" + String.join(",", messages) + "]}");
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

  /** Slack's timestamps: the time of posting in microseconds, unique. */
  private String nextTs() {
    long now = System.currentTimeMillis() * 1000;
    long micros = ts.updateAndGet(last -> Math.max(last + 1, now));
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
