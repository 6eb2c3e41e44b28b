package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer the bot acknowledged is kept when the process dies: the real app runs in a child JVM on
 * the embedded default, four leaders answer through the web chat API, the child is killed (SIGKILL)
 * while they answer, and after a restart on the same data file every acknowledged answer is in the
 * leaders' exports.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AcknowledgedAnswersSurviveKillIntegrationTest {

  private static final int ANSWERS_BEFORE_KILL = 300;
  private static final Duration ANSWERING_AT_LEAST = Duration.ofSeconds(3);
  private static final long GIVE_UP = Duration.ofSeconds(60).toNanos();
  private static final JsonMapper json = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void everyAcknowledgedAnswerIsThereAfterTheProcessIsKilled() throws Exception {
    Path data = dir.resolve("samspill.mv");
    Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger count = new AtomicInteger();
    List<String> leaders;
    try (ChildApp app = ChildApp.start(data, dir.resolve("first.log"))) {
      leaders = app.leaderIds();
      AtomicBoolean killed = new AtomicBoolean();
      ExecutorService answering = Executors.newFixedThreadPool(leaders.size());
      List<Future<?>> workers = new ArrayList<>();
      for (String leader : leaders) {
        Set<String> mine = ConcurrentHashMap.newKeySet();
        acknowledged.put(leader, mine);
        workers.add(answering.submit(() -> answerUntilKilled(app, leader, mine, count, killed)));
      }
      long start = System.nanoTime();
      while (count.get() < ANSWERS_BEFORE_KILL
          || System.nanoTime() - start < ANSWERING_AT_LEAST.toNanos()) {
        assertThat(System.nanoTime() - start).as("answering too slowly").isLessThan(GIVE_UP);
        Thread.sleep(10);
      }
      killed.set(true);
      app.kill();
      answering.shutdown();
      for (Future<?> worker : workers) {
        worker.get(30, TimeUnit.SECONDS);
      }
    }

    List<String> lost = new ArrayList<>();
    try (ChildApp app = ChildApp.start(data, dir.resolve("second.log"))) {
      for (String leader : leaders) {
        String export = app.export(leader);
        acknowledged.get(leader).stream()
            .filter(answer -> !export.contains("\"" + answer + "\""))
            .forEach(lost::add);
      }
    }
    System.out.printf(
        "%d answers acknowledged before the kill, %d lost%n", count.get(), lost.size());
    assertThat(lost)
        .as("%d of %d acknowledged answers lost after kill -9", lost.size(), count.get())
        .isEmpty();
  }

  /** Starts a reflection, answers its first question, repeats; keeps what was acknowledged. */
  private static void answerUntilKilled(
      ChildApp app,
      String leader,
      Set<String> acknowledged,
      AtomicInteger count,
      AtomicBoolean killed) {
    for (int n = 0; !killed.get(); n++) {
      try {
        JsonNode started =
            app.post(
                "/api/web/demo/start", "{\"leaderId\":\"" + leader + "\",\"phase\":\"AD_HOC\"}");
        if (started == null) {
          continue;
        }
        String answer = "krasjtest-" + leader + "-" + n;
        JsonNode next =
            app.post(
                "/api/web/chat",
                "{\"leaderId\":\""
                    + leader
                    + "\",\"text\":\""
                    + answer
                    + "\",\"action\":{\"askedId\":\""
                    + askedId(started)
                    + "\",\"value\":\"text\"}}");
        if (next != null && "question".equals(next.get(0).get("type").asString())) {
          acknowledged.add(answer);
          count.incrementAndGet();
        }
      } catch (IOException e) {
        return; // the app is gone; what was not answered was never acknowledged
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String askedId(JsonNode replies) {
    for (JsonNode reply : replies) {
      if ("question".equals(reply.get("type").asString())) {
        return reply.get("askedId").asString();
      }
    }
    throw new AssertionError("No question in " + replies);
  }

  /** The packaged app's main class on the test's class path, in a JVM of its own. */
  private static final class ChildApp implements AutoCloseable {

    private static final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String base;
    private final Path log;

    private ChildApp(Process process, int port, Path log) {
      this.process = process;
      this.base = "http://127.0.0.1:" + port;
      this.log = log;
    }

    static ChildApp start(Path data, Path log) throws Exception {
      int port = freePort();
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx384m",
              "-XX:TieredStopAtLevel=1",
              "-cp",
              System.getProperty("java.class.path"),
              SamspillApplication.class.getName(),
              "--spring.profiles.active=local",
              "--server.port=" + port,
              "--samspill.mongodb.uri=",
              "--samspill.mongodb.embedded-file=" + data);
      // The embedded default is under test, whatever this machine's environment says.
      builder.environment().keySet().removeIf(name -> name.startsWith("SAMSPILL_"));
      builder.environment().remove("MONGODB_URI");
      builder.environment().remove("SPRING_PROFILES_ACTIVE");
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      ChildApp app = new ChildApp(builder.start(), port, log);
      app.awaitHealthy(Duration.ofSeconds(120));
      return app;
    }

    List<String> leaderIds() throws IOException, InterruptedException {
      JsonNode tenants = json.readTree(get("/api/web/tenants"));
      List<String> ids = new ArrayList<>();
      tenants.get(0).get("leaders").forEach(leader -> ids.add(leader.get("id").asString()));
      return ids;
    }

    String export(String leader) throws IOException, InterruptedException {
      JsonNode replies =
          post("/api/web/chat", "{\"leaderId\":\"" + leader + "\",\"text\":\"export\"}");
      assertThat(replies).as("export of " + leader).isNotNull();
      for (JsonNode reply : replies) {
        if ("export".equals(reply.get("type").asString())) {
          return reply.get("json").asString();
        }
      }
      throw new AssertionError("No export in " + replies);
    }

    /** The replies of a 2xx answer, or null for any other status. */
    JsonNode post(String path, String body) throws IOException, InterruptedException {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofSeconds(30))
                  .header("content-type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() / 100 == 2
          ? json.readTree(response.body()).get("replies")
          : null;
    }

    private String get(String path) throws IOException, InterruptedException {
      return http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }

    private void awaitHealthy(Duration limit) throws Exception {
      long deadline = System.nanoTime() + limit.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new AssertionError("The app stopped at start-up:\n" + tail());
        }
        try {
          if (get("/actuator/health").contains("\"UP\"")) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(200);
      }
      kill();
      throw new AssertionError("The app was not healthy within " + limit + ":\n" + tail());
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          kill();
        }
      }
    }

    private String tail() throws IOException {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
