package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.schema.Activity;
import java.time.Instant;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityReaderTest {

  private static final String SERVICE = "https://smba.trafficmanager.net/emea/";

  @ParameterizedTest
  @CsvSource({
    "2026-11-29T03:53:43.1234567Z, 2026-11-29T03:53:43.123456700Z",
    "2026-11-29T03:53:43Z, 2026-11-29T03:53:43Z",
    "2026-11-29T04:53:43.5+01:00, 2026-11-29T03:53:43.5Z"
  })
  void readsTeamsTimestampsWithSevenNoneOrAnyFractionalDigits(String sent, Instant meant)
      throws Exception {
    Activity activity =
        ActivityReader.read(TeamsPayloads.personal(SERVICE).timestamp(sent).text("hjelp"));

    assertThat(activity.getTimestamp().toInstant()).isEqualTo(meant);
    assertThat(activity.getText()).isEqualTo("hjelp");
    assertThat(activity.getFrom().getAadObjectId()).isEqualTo("aad-kari");
  }

  @Test
  void refusesMalformedJsonAJsonArrayAnActivityWithoutTypeOrAddressAndABadTimestamp() {
    assertThatThrownBy(() -> ActivityReader.read("{\"type\": mess"))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
    assertThatThrownBy(() -> ActivityReader.read("[1,2]"))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
    assertThatThrownBy(() -> ActivityReader.read("{\"text\":\"hei\"}"))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
    assertThatThrownBy(() -> ActivityReader.read("{\"type\":\"message\",\"text\":\"hei\"}"))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
    assertThatThrownBy(
            () -> ActivityReader.read(TeamsPayloads.personal(SERVICE).timestamp("i går").text("x")))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
  }
}
