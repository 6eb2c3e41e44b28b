package no.samspill.app.inbound;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.MessageEvent;
import java.util.regex.Pattern;

/**
 * The bare Bolt for Java app Samspill's Slack acknowledgements are held against: the same Bolt, the
 * same signature check, and for a DM or a button click one chat.postMessage through Bolt's
 * asynchronous client after the ack. Args: Slack API URL.
 */
public final class BareBoltApp {

  private BareBoltApp() {}

  public static void main(String[] args) throws Exception {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(args[0]);
    App app =
        new App(
            AppConfig.builder()
                .slack(Slack.getInstance(config))
                .singleTeamBotToken(SamspillUnderLoad.SLACK_TOKEN)
                .signingSecret(SamspillUnderLoad.SLACK_SECRET)
                .build());
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          String channel = payload.getEvent().getChannel();
          ctx.asyncClient().chatPostMessage(r -> r.channel(channel).text("Hei!"));
          return ctx.ack();
        });
    app.blockAction(
        Pattern.compile(".*"),
        (req, ctx) -> {
          String channel = req.getPayload().getChannel().getId();
          ctx.asyncClient().chatPostMessage(r -> r.channel(channel).text("Takk!"));
          return ctx.ack();
        });
    app.start();
    ChildApp.listening(BareTomcat.serve("/slack/events", new SlackAppServlet(app)));
    System.exit(0);
  }
}
