package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Connections that trickle their bodies in cannot hold every worker, nor any worker for long. */
class SlowSendersIntegrationTest {

  private static final int WORKERS = 12;
  private static final int SLOW_SENDERS = 36;

  @TempDir Path dir;

  @Test
  void healthKeepsAnsweringWhileSlowSendersTrickleTheirBodies() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("slow.mv"),
            TestApp.newDatabase(),
            "server.tomcat.threads.max=" + WORKERS,
            "samspill.http.reserved-workers=4",
            "samspill.http.body-read-timeout=2s")) {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      ExecutorService senders = Executors.newFixedThreadPool(SLOW_SENDERS);
      try {
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < SLOW_SENDERS; i++) {
          answers.add(senders.submit(() -> trickle(port)));
        }
        Thread.sleep(500);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        for (Future<String> answer : answers) {
          assertThat(answer.get(10, TimeUnit.SECONDS)).matches("HTTP/1.1 (408|503).*");
        }
      } finally {
        senders.shutdownNow();
      }
    }
  }

  /** Sends a chat request's headers, then one byte of its body every 200 ms, for at most 8 s. */
  private static String trickle(int port) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(8_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/web/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 1000\r\n\r\n{")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
      while (System.nanoTime() < until) {
        if (in.available() > 0) {
          return statusLine(in);
        }
        try {
          out.write(' ');
          out.flush();
          Thread.sleep(200);
        } catch (IOException closed) {
          return statusLine(in);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return "interrupted";
        }
      }
      return "no answer within 8 s";
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString();
  }
}
