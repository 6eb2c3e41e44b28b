package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.schema.Activity;
import java.time.Instant;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.Test;

class ActivityReaderTest {

  private static final String SERVICE = "https://smba.trafficmanager.net/emea/";

  @Test
  void readsTeamsSevenDigitFractionsAsTheRightInstant() throws Exception {
    Activity activity =
        ActivityReader.read(
            TeamsPayloads.personal(SERVICE)
                .timestamp("2026-11-29T03:53:43.1234567Z")
                .text("hjelp"));

    assertThat(activity.getTimestamp().toInstant())
        .isEqualTo(Instant.parse("2026-11-29T03:53:43.123456700Z"));
    assertThat(activity.getText()).isEqualTo("hjelp");
    assertThat(activity.getFrom().getAadObjectId()).isEqualTo("aad-kari");
  }

  @Test
  void readsTimestampsWithoutFractionalSeconds() throws Exception {
    Activity activity =
        ActivityReader.read(
            TeamsPayloads.personal(SERVICE).timestamp("2026-11-29T03:53:43Z").text("hjelp"));

    assertThat(activity.getTimestamp().toInstant())
        .isEqualTo(Instant.parse("2026-11-29T03:53:43Z"));
  }

  @Test
  void readsTimestampsWithAnOffset() throws Exception {
    Activity activity =
        ActivityReader.read(
            TeamsPayloads.personal(SERVICE).timestamp("2026-11-29T04:53:43.5+01:00").text("hjelp"));

    assertThat(activity.getTimestamp().toInstant())
        .isEqualTo(Instant.parse("2026-11-29T03:53:43.5Z"));
  }

  @Test
  void refusesMalformedJsonAJsonArrayAnActivityWithoutTypeAndABadTimestamp() {
    assertThatThrownBy(() -> ActivityReader.read("{\"type\": mess"))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
    assertThatThrownBy(() -> ActivityReader.read("[1,2]"))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
    assertThatThrownBy(() -> ActivityReader.read("{\"text\":\"hei\"}"))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
    assertThatThrownBy(
            () -> ActivityReader.read(TeamsPayloads.personal(SERVICE).timestamp("i går").text("x")))
        .isInstanceOf(ActivityReader.UnreadableActivityException.class);
  }
}
