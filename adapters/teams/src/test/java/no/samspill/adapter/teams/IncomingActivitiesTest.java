package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.Test;

class IncomingActivitiesTest {

  private static final String SERVICE = "https://smba.trafficmanager.net/emea/";

  @Test
  void typedTextBecomesAMessageFromTheAadUserInTheirTenant() throws Exception {
    IncomingMessage message = read(TeamsPayloads.personal(SERVICE).text(" hjelp "));

    assertThat(message.text()).isEqualTo("hjelp");
    assertThat(message.action()).isNull();
    assertThat(message.place()).isNull();
    assertThat(message.user().identity())
        .isEqualTo(new ChatIdentity("teams", TeamsPayloads.TENANT, "aad-kari"));
    assertThat(message.user().localeTag()).isEqualTo("nb-NO");
    assertThat(message.user().timeZone()).isEqualTo("Europe/Oslo");
    assertThat(message.user().displayName()).isEqualTo("Kari Nordmann");
  }

  @Test
  void aButtonClickCarriesTheQuestionAndValue() throws Exception {
    IncomingMessage message = read(TeamsPayloads.personal(SERVICE).submit("q-17", "a:trust"));

    assertThat(message.action()).isEqualTo(Action.answer("q-17", "trust"));
  }

  @Test
  void aFreeTextSubmitCarriesTheTypedAnswer() throws Exception {
    IncomingMessage message =
        read(TeamsPayloads.personal(SERVICE).submitText("q-18", "Snakk med gruppelederne"));

    assertThat(message.action()).isEqualTo(new Action("q-18", Action.SUBMIT_TEXT));
    assertThat(message.text()).isEqualTo("Snakk med gruppelederne");
  }

  @Test
  void refusesForgedOrIncompleteCardData() {
    String tooLong = "x".repeat(Action.MAX_VALUE_LENGTH + 1);
    for (String forged :
        new String[] {
          "{\"value\":\"a:x\"}",
          "{\"askedId\":\"q\"}",
          "{\"askedId\":5,\"value\":\"a:x\"}",
          "{\"askedId\":\"q\",\"value\":{\"$ne\":1}}",
          "{\"askedId\":\"" + tooLong + "\",\"value\":\"a:x\"}",
          "{\"askedId\":\"q\",\"value\":\"text\"}",
          "[\"askedId\"]"
        }) {
      assertThatThrownBy(() -> read(TeamsPayloads.personal(SERVICE).submitRaw(forged)))
          .as(forged)
          .isInstanceOf(IncomingActivities.Unusable.class);
    }
  }

  @Test
  void aChannelMessageNamesItsChannelWithoutTheThreadAndWithoutTheMention() throws Exception {
    IncomingMessage message =
        read(
            TeamsPayloads.inChannel(SERVICE, "19:team@thread.tacv2", "19:leaders@thread.tacv2")
                .text("<at>Samspill</at> sammendrag her"));

    assertThat(message.text()).isEqualTo("sammendrag her");
    assertThat(message.place())
        .isEqualTo(
            new ChannelAddress(
                "teams", TeamsPayloads.TENANT, "19:leaders@thread.tacv2", "Refleksjon"));
  }

  @Test
  void anEmptyMessageIsNotForwarded() {
    assertThatThrownBy(() -> read(TeamsPayloads.personal(SERVICE).text("<p></p>")))
        .isInstanceOf(IncomingActivities.Unusable.class);
  }

  private static IncomingMessage read(String json) throws Exception {
    return IncomingActivities.message(ActivityReader.read(json), null);
  }
}
