package no.samspill.app.dispatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot Connector (and its token endpoint) that keeps Teams' published bot limits and answers 429
 * with Retry-After beyond them: per conversation 7 per second, 8 per 2 s, 60 per 30 s; per tenant
 * 50 per second. It records what each conversation received.
 */
final class FakePacedBotConnector implements AutoCloseable {

  private static final Pattern CONVERSATION =
      Pattern.compile("/v3/conversations/([^/]+)/activities");
  private static final Pattern TENANT = Pattern.compile("\"tenantId\"\\s*:\\s*\"([^\"]+)\"");
  private static final long[][] CONVERSATION_WINDOWS = {{7, 1_000}, {8, 2_000}, {60, 30_000}};
  private static final long[] TENANT_WINDOW = {50, 1_000};

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Deque<Long>> conversationSends = new HashMap<>();
  private final Map<String, Deque<Long>> tenantSends = new HashMap<>();
  final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  final AtomicInteger throttled = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();
  private volatile IntConsumer beforeAnswering = n -> {};

  FakePacedBotConnector() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    executor = FakeServers.threads("fake-bot-connector");
    server.setExecutor(executor);
    server.createContext("/token", FakeServers::token);
    server.createContext("/v3/conversations/", this::activity);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /**
   * Runs {@code action} with each accepted activity's number (from 1) after it is counted and
   * before the Connector answers: a crash there leaves an activity the sender never heard about.
   */
  void beforeAnswering(IntConsumer action) {
    beforeAnswering = action;
  }

  int total() {
    return received.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private void activity(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Matcher conversation = CONVERSATION.matcher(exchange.getRequestURI().getPath());
    Matcher tenant = TENANT.matcher(body);
    if (!conversation.find()) {
      FakeServers.json(exchange, 404, "{}");
      return;
    }
    String id = conversation.group(1);
    if (!admit(id, tenant.find() ? tenant.group(1) : "-")) {
      throttled.incrementAndGet();
      exchange.getResponseHeaders().add("Retry-After", "1");
      FakeServers.json(exchange, 429, "{\"error\":{\"code\":\"TooManyRequests\"}}");
      return;
    }
    received.computeIfAbsent(id, c -> new AtomicInteger()).incrementAndGet();
    beforeAnswering.accept(accepted.incrementAndGet());
    FakeServers.json(exchange, 201, "{\"id\":\"1:" + System.nanoTime() + "\"}");
  }

  private synchronized boolean admit(String conversation, String tenant) {
    long now = System.nanoTime() / 1_000_000;
    Deque<Long> mine = conversationSends.computeIfAbsent(conversation, c -> new ArrayDeque<>());
    Deque<Long> theirs = tenantSends.computeIfAbsent(tenant, t -> new ArrayDeque<>());
    for (long[] window : CONVERSATION_WINDOWS) {
      if (count(mine, now, window[1]) >= window[0]) {
        return false;
      }
    }
    if (count(theirs, now, TENANT_WINDOW[1]) >= TENANT_WINDOW[0]) {
      return false;
    }
    mine.addLast(now);
    theirs.addLast(now);
    while (!mine.isEmpty() && mine.peekFirst() < now - 30_000) {
      mine.removeFirst();
    }
    while (!theirs.isEmpty() && theirs.peekFirst() < now - 1_000) {
      theirs.removeFirst();
    }
    return true;
  }

  private static long count(Deque<Long> sends, long now, long windowMillis) {
    return sends.stream().filter(at -> at > now - windowMillis).count();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
