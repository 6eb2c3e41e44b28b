package no.samspill.adapter.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.ExportReply;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.language.Language;

/** The engine's replies as Teams messages: text, or an Adaptive Card for anything to click. */
final class ReplyCards {

  /** Teams refuses messages over about 28 KB; an export is sent in parts below that. */
  static final int EXPORT_PART_CHARS = 15_000;

  private ReplyCards() {}

  static List<Activity> render(List<Reply> replies, Language language) {
    List<Activity> activities = new ArrayList<>();
    for (Reply reply : replies) {
      if (reply instanceof TextReply t) {
        activities.add(text(t.text()));
      } else if (reply instanceof QuestionReply q) {
        activities.add(AdaptiveCards.message(question(q, language)));
      } else if (reply instanceof SummaryReply s) {
        activities.add(AdaptiveCards.message(summary(s)));
      } else if (reply instanceof ExportReply e) {
        activities.addAll(export(e, language));
      }
    }
    return activities;
  }

  /**
   * An unprompted nudge as few activities as Teams shows well: a text followed by a card becomes
   * one message (the text above the card), so it costs one send of the tenant's budget.
   */
  static List<Activity> combined(List<Reply> replies, Language language) {
    List<Activity> combined = new ArrayList<>();
    for (Activity activity : render(replies, language)) {
      Activity last = combined.isEmpty() ? null : combined.get(combined.size() - 1);
      boolean textOnly =
          last != null
              && last.getText() != null
              && (last.getAttachments() == null || last.getAttachments().isEmpty());
      boolean cardOnly =
          activity.getText() == null
              && activity.getAttachments() != null
              && !activity.getAttachments().isEmpty();
      if (textOnly && cardOnly) {
        activity.setText(last.getText());
        activity.setTextFormat(TextFormatTypes.PLAIN);
        combined.set(combined.size() - 1, activity);
      } else {
        combined.add(activity);
      }
    }
    return combined;
  }

  static Activity text(String text) {
    Activity activity = Activity.createMessageActivity();
    activity.setText(text);
    activity.setTextFormat(TextFormatTypes.PLAIN);
    return activity;
  }

  static ObjectNode question(QuestionReply q, Language language) {
    ArrayNode body = AdaptiveCards.body();
    if (q.steps() > 1) {
      body.add(
          AdaptiveCards.text(
              CardTexts.get(language, "question.step", q.step(), q.steps()), "subtle"));
    }
    if (q.heading() != null && !q.heading().isBlank()) {
      body.add(AdaptiveCards.text(q.heading(), "heading"));
    }
    body.add(AdaptiveCards.text(q.text()));
    if (q.hint() != null && !q.hint().isBlank()) {
      body.add(AdaptiveCards.text(q.hint(), "subtle"));
    }
    if (q.kind() == QuestionReply.Kind.SCALE && q.lowLabel() != null && q.highLabel() != null) {
      body.add(
          AdaptiveCards.text(
              CardTexts.get(language, "question.scale", q.lowLabel(), q.highLabel()), "subtle"));
    }
    if (q.kind() == QuestionReply.Kind.FREE_TEXT) {
      body.add(
          AdaptiveCards.textInput(CardTexts.get(language, "question.placeholder"), q.maxLength()));
      body.add(
          AdaptiveCards.actionSet(
              List.of(
                  AdaptiveCards.submit(
                      CardTexts.get(language, "question.submit"),
                      new Action(q.askedId(), Action.SUBMIT_TEXT),
                      q.text()))));
    }
    if (!q.options().isEmpty()) {
      body.add(AdaptiveCards.actionSet(submits(q.options(), q.text())));
    }
    if (!q.controls().isEmpty()) {
      body.add(AdaptiveCards.actionSet(submits(q.controls(), q.text())));
    }
    return AdaptiveCards.card(body);
  }

  /**
   * The card a leader answered, replaced in place (activity {@code cardId}): its question and the
   * answer, with nothing left to click.
   */
  static Activity answered(String cardId, String question, String answer, Language language) {
    ArrayNode body = AdaptiveCards.body();
    if (question != null && !question.isBlank()) {
      body.add(AdaptiveCards.text(question, "subtle"));
    }
    body.add(AdaptiveCards.text(CardTexts.get(language, "question.answered", answer)));
    Activity activity = AdaptiveCards.message(AdaptiveCards.card(body));
    activity.setId(cardId);
    return activity;
  }

  static ObjectNode summary(SummaryReply s) {
    ArrayNode body = AdaptiveCards.body();
    body.add(AdaptiveCards.text(s.title(), "heading"));
    body.add(
        AdaptiveCards.facts(
            s.lines().stream().map(l -> new String[] {l.label(), l.value()}).toList()));
    if (s.footer() != null && !s.footer().isBlank()) {
      body.add(AdaptiveCards.text(s.footer(), "subtle"));
    }
    return AdaptiveCards.card(body);
  }

  static ObjectNode post(ChannelPost post) {
    ArrayNode body = AdaptiveCards.body();
    body.add(AdaptiveCards.text(post.title(), "heading"));
    body.add(AdaptiveCards.text(post.text()));
    if (post.hasImage()) {
      String dataUri =
          "data:image/png;base64," + Base64.getEncoder().encodeToString(post.imagePng());
      body.add(AdaptiveCards.image(dataUri, post.imageAltText()));
    }
    return AdaptiveCards.card(body);
  }

  private static List<Activity> export(ExportReply e, Language language) {
    List<Activity> parts = new ArrayList<>();
    parts.add(text(e.text()));
    String json = e.json();
    int count = Math.max(1, (json.length() + EXPORT_PART_CHARS - 1) / EXPORT_PART_CHARS);
    for (int i = 0; i < count; i++) {
      String part =
          json.substring(
              i * EXPORT_PART_CHARS, Math.min(json.length(), (i + 1) * EXPORT_PART_CHARS));
      ArrayNode body = AdaptiveCards.body();
      body.add(
          AdaptiveCards.text(
              e.fileName() + " · " + CardTexts.get(language, "export.part", i + 1, count),
              "subtle"));
      body.add(AdaptiveCards.text(part, "mono"));
      parts.add(AdaptiveCards.message(AdaptiveCards.card(body)));
    }
    return parts;
  }

  private static List<ObjectNode> submits(List<Button> buttons, String question) {
    return buttons.stream()
        .map(b -> AdaptiveCards.submit(b.label(), b.action(), question))
        .toList();
  }
}
