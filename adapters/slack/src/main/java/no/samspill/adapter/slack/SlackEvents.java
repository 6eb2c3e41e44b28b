package no.samspill.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events API: messages in the bot's DM and App Home; every event acknowledged at once, before any
 * database work.
 */
final class SlackEvents {

  private static final Logger log = LoggerFactory.getLogger(SlackEvents.class);

  private final SlackConversation conversation;
  private final SlackSender sender;
  private final AppHome home;

  SlackEvents(SlackConversation conversation, SlackSender sender, AppHome home) {
    this.conversation = conversation;
    this.sender = sender;
    this.home = home;
  }

  void register(App app) {
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent event = payload.getEvent();
          if ("im".equals(event.getChannelType())
              && event.getBotId() == null
              && event.getUser() != null) {
            onDirectMessage(payload.getEventId(), event, ctx);
          }
          return ctx.ack();
        });
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab())) {
            String team = ctx.getTeamId();
            String eventId = payload.getEventId();
            conversation.once(
                "App Home", eventId, () -> home.publish(ctx.getBotToken(), team, event.getUser()));
          }
          return ctx.ack();
        });
    // Acknowledged so Slack does not retry them; Samspill has nothing to do with them.
    app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
    app.event(MessageFileShareEvent.class, (payload, ctx) -> ctx.ack());
    app.event(AppMentionEvent.class, (payload, ctx) -> ctx.ack());
  }

  private void onDirectMessage(String eventId, MessageEvent event, EventContext ctx) {
    SlackConversation.From from =
        new SlackConversation.From(ctx.getBotToken(), ctx.getTeamId(), event.getUser(), null);
    log.debug("Direct message from a Slack user in team {}", from.teamId());
    conversation.once(
        "direct message",
        eventId,
        () -> {
          SlackConversation.Rendered rendered =
              conversation.handle(from, event.getText(), null, null);
          ReplyTarget.conversation(sender, from.token(), from.userId(), event.getChannel(), null)
              .post(rendered.messages());
        });
  }
}
