package no.samspill.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import no.samspill.core.delivery.ChatChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SlackAutoConfigurationTest {

  @Test
  void withoutATokenOrOAuthClientSlackIsOffAndSaysSoInOneLine(CapturedOutput output) {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SlackAutoConfiguration.class))
        .withPropertyValues("samspill.slack.signing-secret=s", "samspill.slack.client-id=only-id")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(App.class);
              assertThat(context).doesNotHaveBean(ChatChannel.class);
            });

    assertThat(output.getOut().lines().filter(l -> l.contains("Slack is off"))).hasSize(1);
  }
}
