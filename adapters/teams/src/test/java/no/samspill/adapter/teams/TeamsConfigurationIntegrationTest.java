package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.Test;

/**
 * How the app id decides start-up: none means Teams is off (unless local unauthenticated use is
 * switched on explicitly), and an app id without its password stops the app.
 */
class TeamsConfigurationIntegrationTest {

  private static final HttpClient http = HttpClient.newHttpClient();

  @Test
  void withoutAnAppIdTheEndpointSaysTeamsIsNotConfiguredAndHandlesNothing() throws Exception {
    try (FakeBotFramework fake = new FakeBotFramework();
        TeamsTestApplication.Running app = TeamsTestApplication.start()) {
      HttpResponse<String> response =
          post(app, TeamsPayloads.personal(fake.serviceUrl()).text("hjelp"));

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).isEqualTo("Microsoft Teams is not configured.");
      assertThat(app.context().getBean(TeamsTestApplication.RecordingEngine.class).received)
          .isEmpty();
    }
  }

  @Test
  void allowedUnauthenticatedUseAnswersTheEmulatorWithoutAnyToken() throws Exception {
    try (FakeBotFramework fake = new FakeBotFramework();
        TeamsTestApplication.Running app =
            TeamsTestApplication.start("samspill.teams.allow-unauthenticated=true")) {
      HttpResponse<String> response =
          post(app, TeamsPayloads.personal(fake.serviceUrl()).text("hjelp"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(fake.sentActivities())
          .singleElement()
          .satisfies(a -> assertThat(a.get("text").asText()).isEqualTo("svar: hjelp"));
      assertThat(fake.sentTo("/v3/conversations/.+").get(0).containsHeader("Authorization"))
          .isFalse();
      assertThat(fake.tokenRequests()).isZero();
    }
  }

  @Test
  void inEmulatorModeAServiceUrlThatIsNotAnHttpUrlIsRefusedWith400() throws Exception {
    try (FakeBotFramework fake = new FakeBotFramework();
        TeamsTestApplication.Running app =
            TeamsTestApplication.start("samspill.teams.allow-unauthenticated=true")) {
      java.util.Map<String, Integer> statuses = new java.util.TreeMap<>();
      for (String serviceUrl :
          new String[] {"not a url", "ftp://example.org/activity", "http://"}) {
        HttpResponse<String> response = post(app, TeamsPayloads.personal(serviceUrl).text("hjelp"));
        statuses.put(serviceUrl, response.statusCode());
        assertThat(response.body()).as(serviceUrl).doesNotContain("Exception");
      }

      assertThat(statuses.values()).as(statuses.toString()).containsOnly(400);
      assertThat(fake.sentActivities()).isEmpty();
    }
  }

  @Test
  void anAppIdWithoutItsPasswordStopsStartUpWithAClearMessage() {
    assertThatThrownBy(
            () -> TeamsTestApplication.start("samspill.teams.app-id=" + FakeBotFramework.APP_ID))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause()
        .hasMessageContaining("MicrosoftAppId is set but MicrosoftAppPassword is not");
  }

  private static HttpResponse<String> post(TeamsTestApplication.Running app, String activity)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(activity))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
