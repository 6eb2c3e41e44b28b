package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Bad or racing input on the web chat API is the client's problem: a 4xx, never a 5xx. */
class WebChatBadInputIntegrationTest {

  @TempDir Path dir;

  @Test
  void twentyParallelStartsForOneLeaderAnswerSuccessOrConflict() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApp.start(
            // No dispatcher: a sample nudge falling due mid-test would start a flow of its own.
            dir.resolve("race.mv"), TestApp.newDatabase(), "samspill.scheduling.enabled=false")) {
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest start =
          HttpRequest.newBuilder(URI.create(base + "/api/web/demo/start"))
              .header("content-type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"leaderId\":\"sample-kari\",\"phase\":\"AD_HOC\"}"))
              .build();

      List<Integer> statuses =
          IntStream.range(0, 20)
              .mapToObj(i -> http.sendAsync(start, HttpResponse.BodyHandlers.ofString()))
              .toList()
              .stream()
              .map(CompletableFuture::join)
              .map(HttpResponse::statusCode)
              .toList();

      assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(200, 409));
      assertThat(statuses).contains(200);
    }
  }
}
