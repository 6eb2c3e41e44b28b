package no.samspill.app;

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
import java.util.concurrent.TimeUnit;

/**
 * The packaged app's main class on the test's class path, in a JVM of its own, so a test can kill
 * it as the world would (SIGKILL: no shutdown hook runs, nothing is flushed or closed).
 */
public final class KillableApp implements AutoCloseable {

  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final String base;
  private final Path log;

  private KillableApp(Process process, int port, Path log) {
    this.process = process;
    this.base = "http://127.0.0.1:" + port;
    this.log = log;
  }

  /**
   * Starts the app with {@code args} (Spring's {@code --name=value}) on a free port and waits until
   * it is healthy. The machine's SAMSPILL_ and MONGODB_URI variables do not reach it: what the test
   * passes is what runs.
   */
  public static KillableApp start(Path log, List<String> args) throws Exception {
    KillableApp app = launch(log, args);
    app.awaitHealthy(Duration.ofSeconds(120));
    return app;
  }

  /** As {@link #start}, without waiting: the app may be killed while it starts (and works). */
  public static KillableApp launch(Path log, List<String> args) throws IOException {
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                SamspillApplication.class.getName(),
                "--server.port=" + port));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("SAMSPILL_"));
    builder.environment().remove("MONGODB_URI");
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new KillableApp(builder.start(), port, log);
  }

  /** A JSON POST; the response whatever its status. */
  public HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public String get(String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** SIGKILL on Linux; returns once the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  public boolean isAlive() {
    return process.isAlive();
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

  /** The last lines of the app's log, for a failure's message. */
  public String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
