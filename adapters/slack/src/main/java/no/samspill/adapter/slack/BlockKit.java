package no.samspill.adapter.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.ExportReply;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.language.Language;

/** Renders the engine's replies as Block Kit, one Slack message per reply. */
final class BlockKit {

  /** Answer, skip, later and cancel buttons; the value is "askedId|action value". */
  static final String ACT = "samspill.act.";

  /** Opens the modal for a free-text answer; the value is "askedId|maxLength|required". */
  static final String MODAL = "samspill.modal";

  /** App Home's language buttons; the value is the language code. */
  static final String LANGUAGE = "samspill.lang.";

  private static final int MAX_SECTION = 2900;
  private static final int MAX_BLOCKS = 50;
  private static final int MAX_TEXT = 3900;
  private static final int MAX_BUTTON = 75;

  private BlockKit() {}

  static List<SlackMessage> render(List<Reply> replies, Language language) {
    return replies.stream().map(reply -> render(reply, language)).toList();
  }

  /**
   * The messages as few Slack messages as Block Kit allows (50 blocks each, files apart): an
   * unprompted nudge then costs one message of the channel's one-per-second pace.
   */
  static List<SlackMessage> combine(List<SlackMessage> messages) {
    List<SlackMessage> combined = new ArrayList<>();
    for (SlackMessage message : messages) {
      SlackMessage last = combined.isEmpty() ? null : combined.get(combined.size() - 1);
      if (last != null
          && last.file() == null
          && message.file() == null
          && last.blocks().size() + message.blocks().size() <= MAX_BLOCKS) {
        List<LayoutBlock> blocks = new ArrayList<>(last.blocks());
        blocks.addAll(message.blocks());
        combined.set(
            combined.size() - 1,
            new SlackMessage(shorten(last.text() + "\n" + message.text(), MAX_TEXT), blocks));
      } else {
        combined.add(message);
      }
    }
    return combined;
  }

  static SlackMessage render(Reply reply, Language language) {
    if (reply instanceof TextReply t) {
      return new SlackMessage(t.text(), List.of(section(s -> s.text(md(t.text())))));
    }
    if (reply instanceof QuestionReply q) {
      return question(q, language);
    }
    if (reply instanceof SummaryReply s) {
      return summary(s);
    }
    ExportReply e = (ExportReply) reply;
    return new SlackMessage(
        e.text(),
        List.of(section(s -> s.text(md(e.text())))),
        new SlackMessage.File(e.fileName(), e.json().getBytes(StandardCharsets.UTF_8)));
  }

  /** The question as it was, without its buttons, and what the leader chose. */
  static SlackMessage answered(List<LayoutBlock> original, String label, Language language) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (original != null) {
      original.stream().filter(b -> !(b instanceof ActionsBlock)).forEach(blocks::add);
    }
    String line = "✔ " + SlackText.ANSWERED.in(language) + ": " + shorten(label, 200);
    blocks.add(context(c -> c.elements(List.of(plainText(line)))));
    return new SlackMessage(line, blocks);
  }

  private static SlackMessage question(QuestionReply q, Language language) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String title = q.heading() == null ? "" : "*" + escape(q.heading()) + "*\n";
    blocks.add(section(s -> s.text(markdownText(shorten(title + escape(q.text()), MAX_SECTION)))));
    List<String> notes = new ArrayList<>();
    if (q.kind() == QuestionReply.Kind.SCALE && q.lowLabel() != null && q.highLabel() != null) {
      notes.add("1 = " + q.lowLabel() + " · " + q.options().size() + " = " + q.highLabel());
    }
    if (q.hint() != null && !q.hint().isBlank()) {
      notes.add(q.hint());
    }
    if (q.steps() > 1) {
      notes.add(q.step() + "/" + q.steps());
    }
    if (!notes.isEmpty()) {
      blocks.add(context(c -> c.elements(List.of(plainText(String.join("  ·  ", notes))))));
    }
    List<BlockElement> answers = new ArrayList<>();
    if (q.kind() == QuestionReply.Kind.FREE_TEXT) {
      // The modal is drawn before any turn, so the button carries the language to draw it in.
      String value = q.askedId() + "|" + q.maxLength() + "|" + q.required() + "|" + language.code();
      answers.add(button(MODAL, SlackText.ANSWER.in(language), value, "primary"));
    }
    for (int i = 0; i < q.options().size(); i++) {
      answers.add(button(ACT + "o" + i, q.options().get(i), null));
    }
    if (!answers.isEmpty()) {
      blocks.add(actions(a -> a.blockId("answers").elements(answers)));
    }
    List<BlockElement> controls = new ArrayList<>();
    for (int i = 0; i < q.controls().size(); i++) {
      controls.add(button(ACT + "c" + i, q.controls().get(i), null));
    }
    if (!controls.isEmpty()) {
      blocks.add(actions(a -> a.blockId("controls").elements(controls)));
    }
    String fallback = q.heading() == null ? q.text() : q.heading() + ": " + q.text();
    return new SlackMessage(shorten(fallback, MAX_SECTION), blocks);
  }

  private static SlackMessage summary(SummaryReply s) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(shorten(s.title(), 150)))));
    StringBuilder lines = new StringBuilder();
    for (SummaryReply.Line line : s.lines()) {
      lines.append("*").append(escape(line.label())).append("*\n");
      lines.append(escape(line.value())).append("\n\n");
    }
    if (!lines.isEmpty()) {
      String text = shorten(lines.toString().strip(), MAX_SECTION);
      blocks.add(section(sec -> sec.text(markdownText(text))));
    }
    if (s.footer() != null && !s.footer().isBlank()) {
      blocks.add(context(c -> c.elements(List.of(plainText(shorten(s.footer(), MAX_SECTION))))));
    }
    return new SlackMessage(s.title(), blocks);
  }

  private static ButtonElement button(String actionId, Button button, String style) {
    String value = button.action().askedId() + "|" + button.action().value();
    return button(actionId, button.label(), value, style);
  }

  private static ButtonElement button(String actionId, String label, String value, String style) {
    return ButtonElement.builder()
        .actionId(actionId)
        .text(plainText(shorten(label, MAX_BUTTON)))
        .value(value)
        .style(style)
        .build();
  }

  private static com.slack.api.model.block.composition.MarkdownTextObject md(String text) {
    return markdownText(shorten(escape(text), MAX_SECTION));
  }

  /** Slack's mrkdwn treats only these three as control characters. */
  static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
