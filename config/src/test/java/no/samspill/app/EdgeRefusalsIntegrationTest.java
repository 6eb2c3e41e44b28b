package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admin and web chat bodies are bounded at the edge: too large is a 413 problem before any of it is
 * parsed (at once when Content-Length says so), too slow a 408 problem; what Tomcat refuses itself
 * is a problem too.
 */
class EdgeRefusalsIntegrationTest {

  static final String TOKEN = "limits-test-token";
  static final String LEADERS = "/api/v1/tenants/sample-fjordvik/leaders";
  static final String UPLOAD = "/api/v1/tenants/sample-fjordvik/bodies/sample-ks/imports/ics";

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static int port;
  static final HttpClient http = HttpClient.newHttpClient();
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    app =
        TestApp.start(
            dir.resolve("limits.mv"),
            TestApp.newDatabase(),
            "samspill.admin.token=" + TOKEN,
            "samspill.http.body-read-timeout=1s");
    port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void anAdminBodyDeclaredTooLargeIsRefusedBeforeOneByteOfItArrives() throws IOException {
    long started = System.nanoTime();
    String answer =
        raw(
            "POST "
                + LEADERS
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("application/problem+json").contains("256 KB");
  }

  @Test
  void aChunkedAdminBodyIsCutOffOnceItPassesTheLimit() throws Exception {
    byte[] huge =
        ("{\"displayName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + LEADERS))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                // No known length: sent chunked, so only counting while reading can stop it.
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertProblem(response, 413);
  }

  @Test
  void aWebChatBodyOverTheLimitIsA413Problem() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/web/chat"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"text\":\"" + "y".repeat(300_000) + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertProblem(response, 413);
  }

  @Test
  void anAdminBodyThatTricklesInIsA408Problem() throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + LEADERS
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + TOKEN
                  + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
              .getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();
      InputStream in = socket.getInputStream();
      while (in.available() == 0 && System.nanoTime() - started < 4_000_000_000L) {
        out.write(' ');
        out.flush();
        sleep(100);
      }
      String answer = untilBodyEnds(in);

      assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aPathOrQueryTomcatCannotReadIsAProblemNotAnHtmlPage() throws Exception {
    for (String path :
        List.of(
            "/api/v1/tenants/%00/leaders",
            "/api/web/tenants/a%2Fb/digests",
            // Found by schemathesis: Tomcat threw from the first parameter lookup (ERROR log, 400
            // that was no problem).
            "/api/v1/tenants/sample-fjordvik/nudges?=x",
            "/api/web/tenants?=",
            // Found by EdgeFuzzIntegrationTest: Spring Security's firewall refuses an encoded '%'
            // and a ';' with Boot's error JSON, not a problem.
            "/api/v1/tenants/sample-fjordvik/leaders/%2500",
            "/api/v1/tenants/sample-fjordvik;x/leaders",
            "/api/web/tenants/%2500/digests")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header("Authorization", "Bearer " + TOKEN)
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertProblem(response, 400);
      assertThat(response.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
    }
  }

  @Test
  void aFormBodyTomcatCannotReadIsAProblem() throws Exception {
    // Found by EdgeFuzzIntegrationTest: a 400 from Boot's error page, not a problem.
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/web/chat"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=1&a=2&%zz=3"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertProblem(response, 400);
  }

  @Test
  void anIcsUploadMayBeLargerThanAJsonBodyUpToItsOwnLimit() throws Exception {
    String ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x\r\nBEGIN:VEVENT\r\nUID:long@x\r\n"
            + "DTSTART:20990601T090000Z\r\nDURATION:PT1H\r\nSUMMARY:Lang\r\nDESCRIPTION:"
            + "z".repeat(400_000)
            + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    assertThat(upload(ics).statusCode()).isEqualTo(200);
    String tooLarge =
        raw(
            "POST "
                + UPLOAD
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN
                + "\r\nContent-Type: text/calendar\r\nContent-Length: "
                + (5 * 1024 * 1024 + 1)
                + "\r\n\r\nBEGIN:VCALENDAR\r\n");
    assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("5 MB");
  }

  private static HttpResponse<String> upload(String ics) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + UPLOAD))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "text/calendar")
            .POST(HttpRequest.BodyPublishers.ofString(ics))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).isNotBlank();
  }

  /** Sends the bytes and returns what came back within two seconds. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(2_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return untilBodyEnds(socket.getInputStream());
    }
  }

  /** What the server sent, up to the end of its JSON body or of the connection. */
  private static String untilBodyEnds(InputStream in) throws IOException {
    StringBuilder answer = new StringBuilder();
    for (int c = in.read(); c != -1; c = in.read()) {
      answer.append((char) c);
      if (c == '}' && answer.indexOf("\r\n\r\n") > 0) {
        break;
      }
    }
    return answer.toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
