package no.samspill.core.conversation;

import java.util.Objects;

/**
 * A click on a button, or a submitted input, tied to the question it was shown with; the engine
 * refuses it if that question is no longer the open one.
 */
public record Action(String askedId, String value) {

  public static final String SKIP = "skip";
  public static final String LATER = "later";
  public static final String CANCEL = "cancel";

  /** Submits the message text as the answer (an input field on a card or in a modal). */
  public static final String SUBMIT_TEXT = "text";

  private static final String ANSWER_PREFIX = "a:";

  /** Long enough for any option id; anything longer is forged. */
  public static final int MAX_VALUE_LENGTH = 100;

  public Action {
    Objects.requireNonNull(askedId, "askedId");
    Objects.requireNonNull(value, "value");
  }

  public static Action answer(String askedId, String choice) {
    return new Action(askedId, ANSWER_PREFIX + choice);
  }

  public boolean isAnswer() {
    return value.startsWith(ANSWER_PREFIX);
  }

  /** The chosen option id or scale value of an answer click. */
  public String choice() {
    return isAnswer() ? value.substring(ANSWER_PREFIX.length()) : null;
  }
}
