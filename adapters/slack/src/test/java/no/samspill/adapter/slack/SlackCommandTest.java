package no.samspill.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import no.samspill.core.directory.ChannelAddress;
import org.junit.jupiter.api.Test;

class SlackCommandTest {

  @Test
  void aCommandInAChannelNamesThatChannelAsItsPlace() {
    assertThat(SlackCommand.place(payload("C0LEADERS", "ledere")))
        .isEqualTo(new ChannelAddress("slack", "T1", "C0LEADERS", "ledere"));
    assertThat(SlackCommand.place(payload("G0PRIVATE", "ledergruppa")).conversationId())
        .isEqualTo("G0PRIVATE");
  }

  @Test
  void aCommandInADirectMessageHasNoPlace() {
    assertThat(SlackCommand.place(payload("D0DM", "directmessage"))).isNull();
  }

  private static SlashCommandPayload payload(String channelId, String channelName) {
    SlashCommandPayload p = new SlashCommandPayload();
    p.setTeamId("T1");
    p.setChannelId(channelId);
    p.setChannelName(channelName);
    return p;
  }
}
