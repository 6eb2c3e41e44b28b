package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** In production (demo off) no request can act as a leader through the web channel. */
class DemoModeOffIntegrationTest {

  @TempDir Path dir;

  @Test
  void theWebChatAndDemoApisDoNotExistWithDemoOff() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("off.mv"),
            TestApp.newDatabase(),
            "samspill.web.demo=false",
            "spring.profiles.active=production")) {
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newHttpClient();

      HttpResponse<String> chat =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/web/chat"))
                  .header("content-type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"leaderId\":\"sample-kari\",\"text\":\"eksport\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> tenants =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/web/tenants")).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> archive =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/web/tenants/sample-fjordvik/digests"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> postDigest =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/web/demo/digest"))
                  .header("content-type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"leaderId\":\"sample-kari\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> reset =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/web/demo/reset"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(chat.statusCode()).isIn(404, 405);
      assertThat(chat.body()).doesNotContain("Kari");
      assertThat(tenants.statusCode()).isEqualTo(404);
      assertThat(archive.statusCode()).isEqualTo(404);
      assertThat(postDigest.statusCode()).isEqualTo(404);
      assertThat(reset.statusCode()).isEqualTo(404);
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }
}
