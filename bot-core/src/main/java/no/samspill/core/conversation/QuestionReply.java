package no.samspill.core.conversation;

import java.util.List;

/**
 * A question waiting for an answer. {@code options} are the answer buttons of a CHOICE (or the five
 * values of a SCALE); {@code controls} are skip, remind-later or cancel. A FREE_TEXT question is
 * answered by typing or through an input that submits {@link Action#SUBMIT_TEXT}.
 */
public record QuestionReply(
    String askedId,
    Kind kind,
    String heading,
    String text,
    String hint,
    List<Button> options,
    String lowLabel,
    String highLabel,
    boolean required,
    int maxLength,
    int step,
    int steps,
    List<Button> controls)
    implements Reply {

  public enum Kind {
    CHOICE,
    SCALE,
    FREE_TEXT
  }

  public QuestionReply {
    options = List.copyOf(options);
    controls = List.copyOf(controls);
  }

  /** The same question with {@code first} before its hint. */
  QuestionReply withHint(String first) {
    String joined = hint == null ? first : first + " " + hint;
    return new QuestionReply(
        askedId, kind, heading, text, joined, options, lowLabel, highLabel, required, maxLength,
        step, steps, controls);
  }
}
