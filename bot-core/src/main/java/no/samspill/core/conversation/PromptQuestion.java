package no.samspill.core.conversation;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.catalogue.Prompt;
import no.samspill.core.catalogue.PromptOption;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.ShareChoice;

/** Turns a catalogue prompt into the channel-neutral question a leader sees. */
final class PromptQuestion {

  private PromptQuestion() {}

  static QuestionReply of(
      Prompt prompt, String askedId, String heading, int step, int steps, Language language) {
    String hint = prompt.hint() == null ? null : prompt.hint().in(language);
    // One rule for every question: an optional one offers "skip", a required one does not.
    List<Button> controls = Asking.flowControls(askedId, prompt.required(), language);
    return switch (prompt.kind()) {
      case SINGLE_CHOICE ->
          question(
              prompt,
              askedId,
              heading,
              hint,
              QuestionReply.Kind.CHOICE,
              optionButtons(prompt, askedId, language),
              step,
              steps,
              language,
              controls);
      case SHARE_CHOICE ->
          question(
              prompt,
              askedId,
              heading,
              hint,
              QuestionReply.Kind.CHOICE,
              shareButtons(askedId, language),
              step,
              steps,
              language,
              controls);
      case SCALE ->
          question(
              prompt,
              askedId,
              heading,
              hint,
              QuestionReply.Kind.SCALE,
              scaleButtons(askedId),
              step,
              steps,
              language,
              controls);
      case FREE_TEXT ->
          new QuestionReply(
              askedId,
              QuestionReply.Kind.FREE_TEXT,
              heading,
              prompt.text().in(language),
              hint,
              List.of(),
              null,
              null,
              prompt.required(),
              prompt.maxLength(),
              step,
              steps,
              controls);
    };
  }

  static List<Button> optionButtons(Prompt prompt, String askedId, Language language) {
    List<Button> buttons = new ArrayList<>();
    for (PromptOption option : prompt.options()) {
      buttons.add(new Button(option.label().in(language), Action.answer(askedId, option.id())));
    }
    return buttons;
  }

  static List<Button> shareButtons(String askedId, Language language) {
    List<Button> buttons = new ArrayList<>();
    for (ShareChoice share : ShareChoice.values()) {
      buttons.add(
          new Button(
              AnswerFormat.share(share, language),
              Action.answer(askedId, share.name().toLowerCase(java.util.Locale.ROOT))));
    }
    return buttons;
  }

  static List<Button> scaleButtons(String askedId) {
    List<Button> buttons = new ArrayList<>();
    for (int value = Prompt.SCALE_MIN; value <= Prompt.SCALE_MAX; value++) {
      buttons.add(new Button(String.valueOf(value), Action.answer(askedId, String.valueOf(value))));
    }
    return buttons;
  }

  private static QuestionReply question(
      Prompt prompt,
      String askedId,
      String heading,
      String hint,
      QuestionReply.Kind kind,
      List<Button> options,
      int step,
      int steps,
      Language language,
      List<Button> controls) {
    boolean scale = kind == QuestionReply.Kind.SCALE;
    return new QuestionReply(
        askedId,
        kind,
        heading,
        prompt.text().in(language),
        hint,
        options,
        scale ? prompt.low().in(language) : null,
        scale ? prompt.high().in(language) : null,
        prompt.required(),
        0,
        step,
        steps,
        controls);
  }
}
