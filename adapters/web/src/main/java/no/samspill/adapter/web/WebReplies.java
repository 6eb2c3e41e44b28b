package no.samspill.adapter.web;

import java.util.List;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.ExportReply;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.Turn;
import no.samspill.core.language.Language;

/** The engine's replies as the JSON the page renders; each carries a {@code type}. */
final class WebReplies {

  private WebReplies() {}

  /** The replies, the language they are in and how the message was taken. */
  record Replies(List<Object> replies, String language, String outcome) {}

  record TextView(String type, String text) {}

  record ButtonView(String label, String askedId, String value) {}

  record QuestionView(
      String type,
      String askedId,
      String kind,
      String heading,
      String text,
      String hint,
      List<ButtonView> options,
      String lowLabel,
      String highLabel,
      boolean required,
      int maxLength,
      int step,
      int steps,
      List<ButtonView> controls) {}

  record LineView(String label, String value) {}

  record SummaryView(String type, String title, List<LineView> lines, String footer) {}

  record ExportView(String type, String fileName, String json, String text) {}

  static Replies of(Turn turn) {
    return new Replies(
        turn.replies().stream().map(WebReplies::view).toList(),
        turn.language().code(),
        turn.outcome().name());
  }

  /** Messages sent unprompted (nudges), in the leader's language. */
  static Replies unprompted(List<Reply> replies, Language language) {
    return new Replies(
        replies.stream().map(WebReplies::view).toList(), language.code(), "ANSWERED");
  }

  private static Object view(Reply reply) {
    if (reply instanceof TextReply t) {
      return new TextView("text", t.text());
    }
    if (reply instanceof QuestionReply q) {
      return new QuestionView(
          "question",
          q.askedId(),
          q.kind().name(),
          q.heading(),
          q.text(),
          q.hint(),
          buttons(q.options()),
          q.lowLabel(),
          q.highLabel(),
          q.required(),
          q.maxLength(),
          q.step(),
          q.steps(),
          buttons(q.controls()));
    }
    if (reply instanceof SummaryReply s) {
      return new SummaryView(
          "summary",
          s.title(),
          s.lines().stream().map(l -> new LineView(l.label(), l.value())).toList(),
          s.footer());
    }
    ExportReply e = (ExportReply) reply;
    return new ExportView("export", e.fileName(), e.json(), e.text());
  }

  private static List<ButtonView> buttons(List<Button> buttons) {
    return buttons.stream()
        .map(b -> new ButtonView(b.label(), b.action().askedId(), b.action().value()))
        .toList();
  }
}
