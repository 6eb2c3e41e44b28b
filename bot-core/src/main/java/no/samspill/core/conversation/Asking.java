package no.samspill.core.conversation;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/** Builds what every question shares: a fresh id and the control buttons. */
final class Asking {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Asking() {}

  /** An unguessable id, so a forged click cannot answer someone else's question. */
  static String newAskedId() {
    byte[] bytes = new byte[9];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Skip (optional questions only), remind-later and cancel: every question can be left. */
  static List<Button> flowControls(String askedId, boolean required, Language language) {
    Button later =
        new Button(Messages.get(language, "control.later"), new Action(askedId, Action.LATER));
    Button cancel = cancel(askedId, language);
    if (required) {
      return List.of(later, cancel);
    }
    return List.of(
        new Button(Messages.get(language, "control.skip"), new Action(askedId, Action.SKIP)),
        later,
        cancel);
  }

  static List<Button> cancelOnly(String askedId, Language language) {
    return List.of(cancel(askedId, language));
  }

  static List<Button> skipAndCancel(String askedId, Language language) {
    return List.of(
        new Button(Messages.get(language, "control.skip"), new Action(askedId, Action.SKIP)),
        cancel(askedId, language));
  }

  private static Button cancel(String askedId, Language language) {
    return new Button(Messages.get(language, "control.cancel"), new Action(askedId, Action.CANCEL));
  }

  static QuestionReply choice(
      String askedId, String heading, String text, List<Button> options, List<Button> controls) {
    return new QuestionReply(
        askedId,
        QuestionReply.Kind.CHOICE,
        heading,
        text,
        null,
        options,
        null,
        null,
        false,
        0,
        0,
        0,
        controls);
  }

  static QuestionReply freeText(
      String askedId,
      String heading,
      String text,
      String hint,
      boolean required,
      int maxLength,
      List<Button> controls) {
    return new QuestionReply(
        askedId,
        QuestionReply.Kind.FREE_TEXT,
        heading,
        text,
        hint,
        List.of(),
        null,
        null,
        required,
        maxLength,
        0,
        0,
        controls);
  }

  /** Matches typed text to a button: its number (1-based) or its label, ignoring case. */
  static String matchTyped(String typed, List<Button> options) {
    String t = typed.strip();
    for (int i = 0; i < options.size(); i++) {
      Button b = options.get(i);
      if (t.equals(String.valueOf(i + 1)) || t.equalsIgnoreCase(b.label())) {
        return b.action().choice();
      }
    }
    return null;
  }
}
