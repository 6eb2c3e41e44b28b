package no.samspill.adapter.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import java.util.List;
import no.samspill.core.digest.ExtractiveSummariser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WireMock stands in for an OpenAI-compatible endpoint; the real HTTP client runs. */
class LlmSummariserTest {

  private static final List<String> LESSONS =
      List.of(
          "Send et kort notat til gruppelederne en uke før, da blir det færre overraskelser.",
          "Si tidlig fra når tallene endrer seg.");

  private WireMockServer endpoint;
  private LlmSummariser summariser;

  @BeforeEach
  void start() {
    endpoint = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    endpoint.start();
    summariser =
        new LlmSummariser(
            new LlmProperties(
                endpoint.baseUrl() + "/v1/chat/completions",
                "test-key",
                "test-model",
                Duration.ofSeconds(2)),
            new ExtractiveSummariser());
  }

  @AfterEach
  void stop() {
    endpoint.stop();
  }

  @Test
  void usesTheModelsLinesAndSendsOnlyTheGivenText() {
    endpoint.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
                            + "\"- Send gruppelederne et notat en uke før.\\n- Si fra tidlig om nye tall.\"}}]}")));

    List<String> summary = summariser.summarise(LESSONS, 5);

    assertThat(summary)
        .containsExactly("Send gruppelederne et notat en uke før.", "Si fra tidlig om nye tall.");
    endpoint.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer test-key"))
            .withRequestBody(containing("Si tidlig fra når tallene endrer seg."))
            .withRequestBody(containing("\"model\":\"test-model\"")));
  }

  @Test
  void fallsBackToTheOfflineSummariserWhenTheEndpointFails() {
    endpoint.stubFor(
        post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(503)));

    assertThat(summariser.summarise(LESSONS, 5))
        .isEqualTo(new ExtractiveSummariser().summarise(LESSONS, 5));
  }

  @Test
  void fallsBackWhenTheAnswerIsUnusableOrTooSlow() {
    endpoint.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(aResponse().withBody("{\"choices\":[]}").withFixedDelay(0)));
    assertThat(summariser.summarise(LESSONS, 5))
        .isEqualTo(new ExtractiveSummariser().summarise(LESSONS, 5));

    endpoint.resetAll();
    endpoint.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(aResponse().withBody("{}").withFixedDelay(5000)));
    assertThat(summariser.summarise(LESSONS, 5))
        .isEqualTo(new ExtractiveSummariser().summarise(LESSONS, 5));
  }
}
