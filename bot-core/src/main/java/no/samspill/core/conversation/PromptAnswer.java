package no.samspill.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.samspill.core.catalogue.Prompt;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.ShareChoice;

/**
 * Checks an answer attempt against its prompt: either a valid answer (and, for the share prompt,
 * the chosen share) or the hint to show when re-asking.
 */
record PromptAnswer(Answer answer, ShareChoice share, String problem) {

  static PromptAnswer parse(Prompt prompt, AnswerInput in, Language language, Instant now) {
    String measure = prompt.measure() == null ? null : prompt.measure().name();
    return switch (prompt.kind()) {
      case SINGLE_CHOICE -> {
        String choice = choice(in, PromptQuestion.optionButtons(prompt, "-", language));
        yield choice != null && prompt.option(choice).isPresent()
            ? ok(Answer.option(prompt.id(), measure, choice, now), null)
            : problem(Messages.get(language, "invalid.choice"));
      }
      case SHARE_CHOICE -> {
        String choice = choice(in, PromptQuestion.shareButtons("-", language));
        ShareChoice share = share(choice);
        yield share != null
            ? ok(Answer.option(prompt.id(), null, choice, now), share)
            : problem(Messages.get(language, "invalid.choice"));
      }
      case SCALE -> {
        Integer value = scale(in.isClick() ? in.choice() : in.text());
        yield value != null
            ? ok(Answer.scale(prompt.id(), measure, value, now), null)
            : problem(Messages.get(language, "invalid.scale", Prompt.SCALE_MIN, Prompt.SCALE_MAX));
      }
      case FREE_TEXT -> freeText(prompt, in, measure, language, now);
    };
  }

  private static PromptAnswer freeText(
      Prompt prompt, AnswerInput in, String measure, Language language, Instant now) {
    if (in.isClick()) {
      return problem(Messages.get(language, "invalid.text.click"));
    }
    String text = in.text().strip();
    if (text.isEmpty()) {
      return prompt.required()
          ? problem(Messages.get(language, "invalid.text.needed"))
          : ok(Answer.skipped(prompt.id(), measure, now), null);
    }
    if (text.length() > prompt.maxLength()) {
      return problem(
          Messages.get(language, "invalid.text.long", prompt.maxLength(), text.length()));
    }
    return ok(Answer.text(prompt.id(), measure, text, now), null);
  }

  private static String choice(AnswerInput in, List<Button> options) {
    if (in.isClick()) {
      return in.choice();
    }
    return Asking.matchTyped(in.text(), options);
  }

  private static ShareChoice share(String choice) {
    if (choice == null) {
      return null;
    }
    for (ShareChoice share : ShareChoice.values()) {
      if (share.name().toLowerCase(Locale.ROOT).equals(choice)) {
        return share;
      }
    }
    return null;
  }

  private static Integer scale(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      return value >= Prompt.SCALE_MIN && value <= Prompt.SCALE_MAX ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static PromptAnswer ok(Answer answer, ShareChoice share) {
    return new PromptAnswer(answer, share, null);
  }

  private static PromptAnswer problem(String message) {
    return new PromptAnswer(null, null, message);
  }
}
