package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.samspill.core.conversation.Action;
import no.samspill.core.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button clicks and modal submissions: each becomes the engine's {@link Action}; the clicked
 * question is updated to show the choice without its buttons.
 */
final class SlackInteractions {

  private static final Logger log = LoggerFactory.getLogger(SlackInteractions.class);

  /** Stands for a click on a button Samspill did not make: no question has this id. */
  private static final Action NOT_OURS = new Action("-", "-");

  private final SlackConversation conversation;
  private final SlackSender sender;
  private final Slack slack;
  private final AppHome home;

  SlackInteractions(SlackConversation conversation, SlackSender sender, Slack slack, AppHome home) {
    this.conversation = conversation;
    this.sender = sender;
    this.slack = slack;
    this.home = home;
  }

  void register(App app) {
    // One handler for every action id, so an unknown one is answered rather than left to a 404.
    app.blockAction(
        Pattern.compile(".*"),
        (req, ctx) -> onClick(req.getPayload(), SlackEventLog.replayKey(req), ctx));
    app.viewSubmission(
        AnswerModal.CALLBACK,
        (req, ctx) -> onSubmit(req.getPayload(), SlackEventLog.replayKey(req), ctx));
  }

  private Response onClick(BlockActionPayload p, String replayKey, ActionContext ctx) {
    if (p.getActions() == null || p.getActions().isEmpty() || p.getUser() == null) {
      return ctx.ack();
    }
    BlockActionPayload.Action clicked = p.getActions().get(0);
    String actionId = clicked.getActionId() == null ? "" : clicked.getActionId();
    SlackConversation.From from =
        new SlackConversation.From(ctx.getBotToken(), ctx.getTeamId(), p.getUser().getId(), null);
    if (actionId.equals(BlockKit.MODAL)) {
      try {
        openModal(p, clicked.getValue(), from, ctx);
      } catch (IOException | SlackApiException e) {
        log.warn("Slack views.open failed: {}", e.getMessage());
      }
    } else if (actionId.startsWith(BlockKit.LANGUAGE)) {
      String code = actionId.substring(BlockKit.LANGUAGE.length());
      conversation.once("language", replayKey, () -> setLanguage(from, code));
    } else {
      Optional<Action> action =
          actionId.startsWith(BlockKit.ACT) ? action(clicked.getValue()) : Optional.empty();
      ReplyTarget target = target(p, from);
      String label = clicked.getText() == null ? "" : clicked.getText().getText();
      List<LayoutBlock> original = p.getMessage() == null ? null : p.getMessage().getBlocks();
      conversation.once("click", replayKey, () -> click(from, action, target, original, label));
    }
    return ctx.ack();
  }

  private void click(
      SlackConversation.From from,
      Optional<Action> action,
      ReplyTarget target,
      List<LayoutBlock> original,
      String label) {
    // A button that is not ours answers no open question; the engine says so in the leader's words.
    SlackConversation.Rendered rendered =
        conversation.handle(from, null, action.orElse(NOT_OURS), null);
    // A refused click (double click, stale button) leaves the message as the winner left it.
    if (action.isPresent() && rendered.taken()) {
      target.replace(BlockKit.answered(original, label, rendered.language()));
    }
    target.post(rendered.messages());
  }

  private void openModal(
      BlockActionPayload p, String value, SlackConversation.From from, ActionContext ctx)
      throws IOException, SlackApiException {
    String[] parts = value == null ? new String[0] : value.split("\\|");
    if (parts.length != 4 || !parts[1].matches("\\d{1,5}") || p.getContainer() == null) {
      return;
    }
    AnswerModal.Asked asked =
        new AnswerModal.Asked(
            parts[0],
            Integer.parseInt(parts[1]),
            Boolean.parseBoolean(parts[2]),
            Language.fromCode(parts[3]).orElse(Language.DEFAULT),
            p.getContainer().isEphemeral(),
            p.getContainer().getChannelId(),
            p.getContainer().getMessageTs(),
            p.getResponseUrl());
    List<LayoutBlock> question = p.getMessage() == null ? null : p.getMessage().getBlocks();
    // views.open must use the trigger id within three seconds, so it runs before the ack.
    ViewsOpenResponse opened =
        ctx.client()
            .viewsOpen(r -> r.triggerId(p.getTriggerId()).view(AnswerModal.view(asked, question)));
    if (!opened.isOk()) {
      log.warn("Slack views.open failed: {}", opened.getError());
    }
  }

  private Response onSubmit(ViewSubmissionPayload p, String replayKey, ViewSubmissionContext ctx) {
    Optional<AnswerModal.Asked> asked = AnswerModal.Asked.decode(p.getView().getPrivateMetadata());
    if (asked.isEmpty() || p.getUser() == null) {
      return ctx.ack();
    }
    SlackConversation.From from =
        new SlackConversation.From(ctx.getBotToken(), ctx.getTeamId(), p.getUser().getId(), null);
    String text = AnswerModal.answer(p.getView().getState());
    Optional<String> error = AnswerModal.error(text, asked.get());
    if (error.isPresent()) {
      return ctx.ackWithErrors(Map.of(AnswerModal.BLOCK, error.get()));
    }
    AnswerModal.Asked a = asked.get();
    ReplyTarget target =
        a.ephemeral()
            ? ReplyTarget.ephemeral(sender, slack, from.token(), from.userId(), a.responseUrl())
            : ReplyTarget.conversation(
                sender, from.token(), from.userId(), a.channel(), a.messageTs());
    conversation.once(
        "modal answer",
        replayKey,
        () -> {
          SlackConversation.Rendered rendered =
              conversation.handle(from, text, new Action(a.askedId(), Action.SUBMIT_TEXT), null);
          if (rendered.taken()) {
            target.replace(BlockKit.answered(null, text, rendered.language()));
          }
          target.post(rendered.messages());
        });
    return ctx.ack();
  }

  private ReplyTarget target(BlockActionPayload p, SlackConversation.From from) {
    BlockActionPayload.Container container = p.getContainer();
    if (container == null) {
      return ReplyTarget.dm(sender, from.token(), from.userId());
    }
    String channel = container.getChannelId();
    String messageTs = container.getMessageTs();
    return container.isEphemeral()
        ? ReplyTarget.ephemeral(sender, slack, from.token(), from.userId(), p.getResponseUrl())
        : ReplyTarget.conversation(sender, from.token(), from.userId(), channel, messageTs);
  }

  private void setLanguage(SlackConversation.From from, String code) {
    if (Language.fromCode(code).isPresent()) {
      conversation.handle(from, "språk " + code, null, null);
    }
    home.publish(from.token(), from.teamId(), from.userId());
  }

  /** "askedId|value" from a button; anything else is not ours. */
  static Optional<Action> action(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int bar = value.indexOf('|');
    if (bar < 1 || bar == value.length() - 1) {
      return Optional.empty();
    }
    String askedId = value.substring(0, bar);
    String actionValue = value.substring(bar + 1);
    if (!askedId.matches("[0-9a-f]{1,64}") || actionValue.length() > Action.MAX_VALUE_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(new Action(askedId, actionValue));
  }
}
