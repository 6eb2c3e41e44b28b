package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.ConnectionString;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A MONGODB_URI that cannot be reached or authenticated stops the app within 30 s with one line
 * naming the host and the reason, and never the password.
 */
@ExtendWith(OutputCaptureExtension.class)
class MongoStartupFailureIntegrationTest {

  private static final String PASSWORD = "hemmelig-passord-123";
  private static final Duration WITHIN = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void aHostNothingListensOnStopsTheAppNamingHostAndReason(CapturedOutput output) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String host = "127.0.0.1:" + port;

    failsToStart("mongodb://samspill:" + PASSWORD + "@" + host + "/samspill", output);

    assertThat(failureLine(output)).contains(host).containsIgnoringCase("connection refused");
  }

  @Test
  void aServerThatNeverAnswersStopsTheAppNamingHostAndReason(CapturedOutput output)
      throws Exception {
    List<Socket> accepted = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(silent.accept());
                  }
                } catch (IOException closed) {
                  // The test is over.
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      String host = "127.0.0.1:" + silent.getLocalPort();

      failsToStart("mongodb://samspill:" + PASSWORD + "@" + host + "/samspill", output);

      assertThat(failureLine(output)).contains(host).containsIgnoringCase("timed out");
    } finally {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @Test
  void wrongCredentialsStopTheAppNamingHostAndUser(CapturedOutput output) {
    String real = TestDatabase.externalUri();
    assumeTrue(
        real != null,
        "needs a server that checks credentials (MONGODB_URI); the embedded server checks none");
    String hosts = String.join(",", new ConnectionString(real).getHosts());

    failsToStart("mongodb://samspill-nobody:" + PASSWORD + "@" + hosts + "/samspill", output);

    assertThat(failureLine(output))
        .contains(hosts)
        .contains("authentication failed for user 'samspill-nobody'");
  }

  private void failsToStart(String uri, CapturedOutput output) {
    long start = System.nanoTime();
    Throwable failure =
        catchThrowable(
            () ->
                TestApp.start(
                        dir.resolve("unused.mv"),
                        TestApp.newDatabase(),
                        "samspill.mongodb.uri=" + uri)
                    .close());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(failure).as("the app refused to start").isNotNull();
    assertThat(took).as("stopped within " + WITHIN).isLessThan(WITHIN);
    assertThat(output.getOut()).contains("APPLICATION FAILED TO START").doesNotContain(PASSWORD);
    assertThat(output.getErr()).doesNotContain(PASSWORD);
  }

  private static String failureLine(CapturedOutput output) {
    return output
        .getOut()
        .lines()
        .filter(line -> line.startsWith("Cannot use MongoDB at "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line saying MongoDB cannot be used"));
  }
}
