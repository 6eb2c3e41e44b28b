package no.samspill.app.deploy;

import static no.samspill.app.deploy.EnvironmentTemplateTest.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The image's health check passes only while readiness answers 200, on the port the app uses. */
class HealthCheckScriptTest {

  private final AtomicInteger readiness = new AtomicInteger(200);
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          boolean probe = exchange.getRequestURI().getPath().equals("/actuator/health/readiness");
          byte[] body =
              (readiness.get() == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(probe ? readiness.get() : 404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void passesWhileReadyAndFailsWhenNotReady() throws Exception {
    String port = String.valueOf(server.getAddress().getPort());
    assertThat(check(Map.of("PORT", port))).isZero();
    readiness.set(503);
    assertThat(check(Map.of("PORT", port))).isEqualTo(1);
  }

  @Test
  void followsTheManagementPortAndFailsWhenNothingListens() throws Exception {
    String port = String.valueOf(server.getAddress().getPort());
    assertThat(check(Map.of("PORT", "1", "MANAGEMENT_SERVER_PORT", port))).isZero();
    assertThat(check(Map.of("PORT", port, "MANAGEMENT_SERVER_PORT", "1"))).isEqualTo(1);
  }

  private static int check(Map<String, String> environment) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("/bin/bash", ROOT.resolve("deploy/healthcheck.sh").toString());
    builder.environment().remove("PORT");
    builder.environment().remove("MANAGEMENT_SERVER_PORT");
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return process.exitValue();
  }
}
