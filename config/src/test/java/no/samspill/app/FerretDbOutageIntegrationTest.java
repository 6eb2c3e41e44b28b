package no.samspill.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.samspill.core.reflection.Reflection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real thing instead of a proxy: a FerretDB process is stopped while the app runs, then started
 * again on the same port and store. Readiness fails and chat says "try again shortly" meanwhile,
 * and the app recovers by itself with the answer acknowledged before still there.
 *
 * <p>Runs when SAMSPILL_TEST_FERRETDB holds the command that starts FerretDB, without {@code
 * --listen-addr} and {@code --state-dir} (the test adds them); {@code .ci/ferretdb start} writes it
 * and {@code .ci/run} sets it. Skipped otherwise: no FerretDB to stop.
 */
class FerretDbOutageIntegrationTest {

  private static final String TOKEN = "ferretdb-outage-token-1234";

  @TempDir Path dir;

  @Test
  void stoppingFerretDbMidTestFailsFriendlyAndTheAppRecoversWhenItIsBack() throws Exception {
    String command = System.getenv("SAMSPILL_TEST_FERRETDB");
    assumeTrue(
        command != null && !command.isBlank(),
        "SAMSPILL_TEST_FERRETDB (the command that starts FerretDB) is not set; .ci/run sets it");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> start = new ArrayList<>(Arrays.asList(command.trim().split("\\s+")));
    start.add("--listen-addr=127.0.0.1:" + port);
    start.add("--state-dir=" + dir);

    Process ferretdb = startFerretDb(start, port);
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("unused.mv"),
            TestApp.newDatabase(),
            "samspill.mongodb.uri=mongodb://127.0.0.1:" + port,
            "samspill.admin.token=" + TOKEN)) {
      OutageChecks checks = new OutageChecks(app, TOKEN);
      String lesson = "Før FerretDB stoppet: " + UUID.randomUUID();
      Reflection acknowledged = checks.answerFirstQuestion(lesson);

      stop(ferretdb);
      checks.duringTheOutage("FerretDB stopped");

      ferretdb = startFerretDb(start, port);
      checks.afterTheOutage("FerretDB started again", acknowledged, lesson);
    } finally {
      stop(ferretdb);
    }
  }

  private Process startFerretDb(List<String> command, int port) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ferretdb.log").toFile()))
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("FerretDB exited with " + process.exitValue() + ": " + command);
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return process;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    process.destroyForcibly();
    throw new AssertionError("FerretDB did not listen on " + port + " within 30 s");
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
