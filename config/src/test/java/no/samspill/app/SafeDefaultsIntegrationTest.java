package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** What a deployment gets without saying anything: no demo next to real chat users, no API docs. */
class SafeDefaultsIntegrationTest {

  // TestApp sets samspill.web.demo=true; this leaves it unset, as a deployment that forgot it.
  private static final String DEMO_UNSET = "samspill.web.demo";
  private static final String TEAMS_APP_ID = "samspill.teams.app-id=00000000-0000-0000-0000-1";
  private static final String TEAMS_PASSWORD = "samspill.teams.app-password=not-a-secret";

  @TempDir Path dir;

  @Test
  void theDefaultProfileWithTeamsConfiguredActsAsNobodyOnTheWebApi() throws Exception {
    try (ConfigurableApplicationContext app = start(DEMO_UNSET, TEAMS_APP_ID, TEAMS_PASSWORD)) {
      assertThat(get(app, "/api/web/tenants").statusCode()).isEqualTo(404);
      HttpResponse<String> chat = postChat(app);
      assertThat(chat.statusCode()).isIn(404, 405);
      assertThat(chat.body()).doesNotContain("Kari");
    }
  }

  @Test
  void theDefaultProfileWithoutChatPlatformsIsTheLocalDemo() throws Exception {
    try (ConfigurableApplicationContext app = start(DEMO_UNSET)) {
      assertThat(get(app, "/api/web/tenants").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anExplicitDemoSwitchWinsOverConfiguredTeams() throws Exception {
    try (ConfigurableApplicationContext app =
        start("samspill.web.demo=true", TEAMS_APP_ID, TEAMS_PASSWORD)) {
      assertThat(get(app, "/api/web/tenants").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void productionHidesTheApiDocsAndEveryPageCarriesSecurityHeaders() throws Exception {
    try (ConfigurableApplicationContext app =
        start(DEMO_UNSET, "spring.profiles.active=production")) {
      assertThat(get(app, "/v3/api-docs").statusCode()).isEqualTo(404);
      assertThat(get(app, "/swagger-ui/index.html").statusCode()).isEqualTo(404);
      assertThat(get(app, "/api/web/tenants").statusCode()).isEqualTo(404);

      for (String path : List.of("/", "/index.html", "/app.js", "/actuator/health", "/nowhere")) {
        HttpResponse<String> page = get(app, path);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
            .as(path)
            .hasValueSatisfying(
                csp ->
                    assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options"))
            .as(path)
            .hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).as(path).isPresent();
      }
      assertThat(get(app, "/").body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }
  }

  private ConfigurableApplicationContext start(String... properties) {
    return TestApp.start(dir.resolve("safe.mv"), TestApp.newDatabase(), properties);
  }

  private static HttpResponse<String> get(ConfigurableApplicationContext app, String path)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base(app) + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postChat(ConfigurableApplicationContext app)
      throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base(app) + "/api/web/chat"))
                .header("content-type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"leaderId\":\"sample-kari\",\"text\":\"eksport\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String base(ConfigurableApplicationContext app) {
    return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }
}
