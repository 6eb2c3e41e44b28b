package no.samspill.adapter.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/** The modal for a free-text answer, and the state it carries between opening and submit. */
final class AnswerModal {

  static final String CALLBACK = "samspill.answer";
  static final String BLOCK = "answer";
  static final String INPUT = "text";

  /** Slack's own limit for a plain-text input. */
  private static final int SLACK_MAX = 3000;

  /** What the submit needs to know: the question, its limits and the message it came from. */
  record Asked(
      String askedId,
      int maxLength,
      boolean required,
      Language language,
      boolean ephemeral,
      String channel,
      String messageTs,
      String responseUrl) {

    String encode() {
      return String.join(
          "|",
          askedId,
          String.valueOf(maxLength),
          String.valueOf(required),
          language.code(),
          String.valueOf(ephemeral),
          nullToEmpty(channel),
          nullToEmpty(messageTs),
          nullToEmpty(responseUrl));
    }

    static Optional<Asked> decode(String metadata) {
      String[] p = metadata == null ? new String[0] : metadata.split("\\|", 8);
      if (p.length != 8 || !p[0].matches("[0-9a-f]{1,64}") || !p[1].matches("\\d{1,5}")) {
        return Optional.empty();
      }
      return Optional.of(
          new Asked(
              p[0],
              Integer.parseInt(p[1]),
              Boolean.parseBoolean(p[2]),
              Language.fromCode(p[3]).orElse(Language.DEFAULT),
              Boolean.parseBoolean(p[4]),
              emptyToNull(p[5]),
              emptyToNull(p[6]),
              emptyToNull(p[7])));
    }
  }

  private AnswerModal() {}

  static View view(Asked asked, List<LayoutBlock> question) {
    Language language = asked.language();
    List<LayoutBlock> blocks = new ArrayList<>();
    if (question != null) {
      question.stream()
          .filter(b -> b instanceof SectionBlock s && s.getText() != null)
          .findFirst()
          .ifPresent(
              b ->
                  blocks.add(
                      section(s -> s.text(markdownText(((SectionBlock) b).getText().getText())))));
    }
    int max = asked.maxLength() > 0 ? Math.min(asked.maxLength(), SLACK_MAX) : SLACK_MAX;
    blocks.add(
        input(
            i ->
                i.blockId(BLOCK)
                    .optional(!asked.required())
                    .label(plainText(SlackText.YOUR_ANSWER.in(language)))
                    .element(
                        plainTextInput(t -> t.actionId(INPUT).multiline(true).maxLength(max)))));
    return View.builder()
        .type("modal")
        .callbackId(CALLBACK)
        .privateMetadata(asked.encode())
        .title(viewTitle(t -> t.type("plain_text").text(SlackText.HOME_TITLE.in(language))))
        .submit(viewSubmit(t -> t.type("plain_text").text(SlackText.SEND.in(language))))
        .close(viewClose(t -> t.type("plain_text").text(SlackText.CLOSE.in(language))))
        .blocks(blocks)
        .build();
  }

  static String answer(ViewState state) {
    if (state == null || state.getValues() == null) {
      return "";
    }
    Map<String, ViewState.Value> block = state.getValues().get(BLOCK);
    ViewState.Value value = block == null ? null : block.get(INPUT);
    return value == null || value.getValue() == null ? "" : value.getValue();
  }

  /** The error to show under the input, in the engine's own words, or empty if the text will do. */
  static Optional<String> error(String text, Asked asked) {
    Language language = asked.language();
    if (asked.required() && text.isBlank()) {
      return Optional.of(Messages.get(language, "invalid.text.needed"));
    }
    if (asked.maxLength() > 0 && text.length() > asked.maxLength()) {
      return Optional.of(
          Messages.get(language, "invalid.text.long", asked.maxLength(), text.length()));
    }
    return Optional.empty();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
