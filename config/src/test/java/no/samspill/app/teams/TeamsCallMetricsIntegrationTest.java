package no.samspill.app.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import no.samspill.app.TestApp;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Every answer of the Bot Connector is counted by HTTP method and status: a 429 shows. */
class TeamsCallMetricsIntegrationTest {

  private static final String ACTIVITIES = "/v3/conversations/.+/activities.*";

  @TempDir Path dir;

  @Test
  void aThrottledSendIsCountedAsA429AndItsRetryAsA200() throws Exception {
    try (FakeBotFramework fake = new FakeBotFramework();
        ConfigurableApplicationContext app =
            TestApp.start(dir.resolve("t.mv"), TestApp.newDatabase(), fake.properties())) {
      String endpoint = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      TeamsPayloads eva = TeamsPayloads.personal(fake.serviceUrl()).from("aad-eva", "Eva Lid");
      // Her first message links her Teams chat, so Samspill can write to her unprompted.
      HttpResponse<String> first =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(endpoint + "/api/messages"))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer " + fake.validToken())
                      .POST(HttpRequest.BodyPublishers.ofString(eva.text("hjelp")))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).isEqualTo(200);
      fake.stub(
          post(urlPathMatching(ACTIVITIES))
              .atPriority(1)
              .inScenario("throttled")
              .whenScenarioStateIs(Scenario.STARTED)
              .willReturn(FakeBotFramework.tooManyRequests(1))
              .willSetStateTo("calm"));
      fake.stub(
          post(urlPathMatching(ACTIVITIES))
              .atPriority(1)
              .inScenario("throttled")
              .whenScenarioStateIs("calm")
              .willReturn(okJson("{\"id\":\"1:sent\"}")));
      MeterRegistry registry = app.getBean(MeterRegistry.class);
      long okBefore = calls(registry, "200");

      Delivery delivery = teams(app).send(eva(app), List.of(new TextReply("Tid for refleksjon")));

      assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
      assertThat(calls(registry, "429")).isOne();
      assertThat(calls(registry, "200") - okBefore).isOne();
    }
  }

  private static Leader eva(ConfigurableApplicationContext app) {
    Leaders leaders = app.getBean(Leaders.class);
    return leaders
        .findByIdentity(new ChatIdentity("teams", TeamsPayloads.TENANT, "aad-eva"))
        .flatMap(leaders::findById)
        .orElseThrow();
  }

  private static ChatChannel teams(ConfigurableApplicationContext app) {
    return app.getBeansOfType(ChatChannel.class).values().stream()
        .filter(c -> c.name().equals("teams"))
        .findFirst()
        .orElseThrow();
  }

  private static long calls(MeterRegistry registry, String status) {
    Timer timer =
        registry
            .find("samspill.platform.calls")
            .tags("platform", "teams", "method", "POST", "status", status)
            .timer();
    return timer == null ? 0 : timer.count();
  }
}
