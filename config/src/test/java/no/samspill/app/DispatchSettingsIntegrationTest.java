package no.samspill.app;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Dispatch settings that cannot work stop start-up with one line naming the variable. */
@ExtendWith(OutputCaptureExtension.class)
class DispatchSettingsIntegrationTest {

  private static final WireMockServer SLACK = new WireMockServer(options().dynamicPort());

  @BeforeAll
  static void slackAnswersAuthTest() {
    SLACK.start();
    SLACK.stubFor(
        post("/api/auth.test")
            .willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\"}")));
  }

  @AfterAll
  static void stopSlack() {
    SLACK.stop();
  }

  private static void start(String... settings) {
    String[] args = new String[settings.length + 5];
    args[0] = "--server.port=0";
    args[1] = "--samspill.mongodb.embedded-file=memory";
    args[2] = "--samspill.mongodb.database=settings-" + UUID.randomUUID();
    args[3] = "--samspill.slack.bot-token=xoxb-settings";
    args[4] = "--samspill.slack.api-url=" + SLACK.baseUrl() + "/api/";
    System.arraycopy(settings, 0, args, 5, settings.length);
    new SpringApplicationBuilder(SamspillApplication.class).run(args).close();
  }

  @Test
  void aLeaseShorterThanOneSlackDeliveryStopsStartUpNamingTheSmallestThatWorks(
      CapturedOutput output) {
    assertThatThrownBy(() -> start("--samspill.scheduling.lease=20s"))
        .isInstanceOf(Exception.class);

    assertThat(output)
        .contains(
            "SAMSPILL_SCHEDULING_LEASE: is 20s; it must outlast the longest delivery at the"
                + " platforms' pace and retries (270s) by 30s")
        .contains("Set SAMSPILL_SCHEDULING_LEASE to at least 300s.");
  }

  @Test
  void aZeroOrNegativeTimeStopsStartUp(CapturedOutput output) {
    assertThatThrownBy(() -> start("--samspill.scheduling.poll=0s")).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> start("--samspill.scheduling.lease=-5m"))
        .isInstanceOf(Exception.class);

    assertThat(output)
        .contains("SAMSPILL_SCHEDULING_POLL: is PT0S, not a positive time")
        .contains("SAMSPILL_SCHEDULING_LEASE: is PT-5M, not a positive time");
  }
}
