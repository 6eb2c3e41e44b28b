package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
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
    try (KillableApp app = start(data, dir.resolve("first.log"))) {
      leaders = leaderIds(app);
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
    try (KillableApp app = start(data, dir.resolve("second.log"))) {
      for (String leader : leaders) {
        String export = export(app, leader);
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
      KillableApp app,
      String leader,
      Set<String> acknowledged,
      AtomicInteger count,
      AtomicBoolean killed) {
    for (int n = 0; !killed.get(); n++) {
      try {
        JsonNode started =
            replies(
                app,
                "/api/web/demo/start",
                "{\"leaderId\":\"" + leader + "\",\"phase\":\"AD_HOC\"}");
        if (started == null) {
          continue;
        }
        String answer = "krasjtest-" + leader + "-" + n;
        JsonNode next =
            replies(
                app,
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

  private static KillableApp start(Path data, Path log) throws Exception {
    return KillableApp.start(
        log,
        List.of(
            "--spring.profiles.active=local",
            "--samspill.mongodb.uri=",
            "--samspill.mongodb.embedded-file=" + data));
  }

  private static List<String> leaderIds(KillableApp app) throws IOException, InterruptedException {
    JsonNode tenants = json.readTree(app.get("/api/web/tenants"));
    List<String> ids = new ArrayList<>();
    tenants.get(0).get("leaders").forEach(leader -> ids.add(leader.get("id").asString()));
    return ids;
  }

  private static String export(KillableApp app, String leader)
      throws IOException, InterruptedException {
    JsonNode replies =
        replies(app, "/api/web/chat", "{\"leaderId\":\"" + leader + "\",\"text\":\"export\"}");
    assertThat(replies).as("export of " + leader).isNotNull();
    for (JsonNode reply : replies) {
      if ("export".equals(reply.get("type").asString())) {
        return reply.get("json").asString();
      }
    }
    throw new AssertionError("No export in " + replies);
  }

  /** The replies of a 2xx answer, or null for any other status. */
  private static JsonNode replies(KillableApp app, String path, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response = app.post(path, body);
    return response.statusCode() / 100 == 2 ? json.readTree(response.body()).get("replies") : null;
  }
}
