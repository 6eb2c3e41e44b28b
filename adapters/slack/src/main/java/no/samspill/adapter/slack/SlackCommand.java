package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import java.util.List;
import java.util.regex.Pattern;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.directory.ChannelAddress;

/**
 * The /samspill slash command: acknowledged at once; the engine's answer comes as a DM, or as an
 * ephemeral message where it was typed when it is only text for a shared channel.
 */
final class SlackCommand {

  private final SlackConversation conversation;
  private final SlackSender sender;
  private final Slack slack;

  SlackCommand(SlackConversation conversation, SlackSender sender, Slack slack) {
    this.conversation = conversation;
    this.sender = sender;
    this.slack = slack;
  }

  void register(App app) {
    // Any command name: a workspace may rename /samspill in its manifest.
    app.command(
        Pattern.compile(".*"),
        (req, ctx) -> {
          SlashCommandPayload p = req.getPayload();
          SlackConversation.From from =
              new SlackConversation.From(
                  ctx.getBotToken(), ctx.getTeamId(), p.getUserId(), p.getTeamDomain());
          String text = p.getText() == null || p.getText().isBlank() ? "hjelp" : p.getText();
          ChannelAddress place = place(p);
          conversation.once(
              "slash command",
              SlackEventLog.replayKey(req),
              () -> answer(from, text, place, p.getResponseUrl()));
          return ctx.ack();
        });
  }

  private void answer(SlackConversation.From from, String text, ChannelAddress place, String url) {
    SlackConversation.Rendered rendered = conversation.handle(from, text, null, place);
    boolean asks = rendered.replies().stream().anyMatch(r -> r instanceof QuestionReply);
    if (place == null || asks) {
      ReplyTarget.dm(sender, from.token(), from.userId()).post(rendered.messages());
      if (place != null) {
        ReplyTarget.ephemeral(sender, slack, from.token(), from.userId(), url)
            .post(BlockKit.render(List.of(pointer(rendered)), rendered.language()));
      }
    } else {
      ReplyTarget.ephemeral(sender, slack, from.token(), from.userId(), url)
          .post(rendered.messages());
    }
  }

  private static Reply pointer(SlackConversation.Rendered r) {
    return new TextReply(SlackText.IN_DM.in(r.language()));
  }

  /** A public or private channel (C…, G…) is a place; a DM is not. */
  static ChannelAddress place(SlashCommandPayload p) {
    String id = p.getChannelId();
    if (id == null || !(id.startsWith("C") || id.startsWith("G"))) {
      return null;
    }
    return new ChannelAddress(SlackUsers.CHANNEL, p.getTeamId(), id, p.getChannelName());
  }
}
