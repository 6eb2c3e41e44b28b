package no.samspill.core.conversation;

/** An answer attempt: a clicked choice, or text typed or submitted. */
record AnswerInput(String choice, String text) {

  static AnswerInput of(Action action, String text) {
    if (action != null && action.isAnswer()) {
      return new AnswerInput(action.choice(), null);
    }
    return new AnswerInput(null, text == null ? "" : text);
  }

  boolean isClick() {
    return choice != null;
  }
}
