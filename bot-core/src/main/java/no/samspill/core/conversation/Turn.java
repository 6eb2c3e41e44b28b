package no.samspill.core.conversation;

import java.util.List;
import java.util.Objects;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/**
 * What one turn gave back: the replies, the language they are in (the leader's, as it is after the
 * turn), how the message was taken, and the question it answered ({@code answered}, the asked id;
 * null if none), so a channel can render the turn without reading its texts.
 */
public record Turn(List<Reply> replies, Language language, Outcome outcome, String answered) {

  /** How the engine took the message. */
  public enum Outcome {
    /** Taken; nothing is waiting for an answer. */
    ANSWERED,
    /** Taken; a question is now waiting for an answer. */
    NEEDS_INPUT,
    /** Not taken: the answer did not fit the open question, which is asked again. */
    INVALID_INPUT,
    /** Not taken: the question it answers is no longer open (answered, replaced or foreign). */
    REFUSED_CLOSED,
    /** Not taken: the person is not (or no longer) a known leader. */
    UNKNOWN_LEADER,
    /** Not taken: storage is away; the reply says to try again. */
    UNAVAILABLE,
    /** A typed command was carried out; the question that was open, if any, was not answered. */
    COMMAND;

    /** The message changed something: a channel may mark the question it answered as answered. */
    public boolean taken() {
      return this == ANSWERED || this == NEEDS_INPUT;
    }
  }

  public Turn {
    replies = List.copyOf(replies);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(outcome, "outcome");
    if (!outcome.taken()) {
      answered = null;
    }
  }

  /** A turn that answered no question (or whose answer was not taken). */
  public Turn(List<Reply> replies, Language language, Outcome outcome) {
    this(replies, language, outcome, null);
  }

  /** Taken: waiting for input when a question is among the replies, answered otherwise. */
  static Turn taken(List<Reply> replies, Language language) {
    boolean asks = replies.stream().anyMatch(QuestionReply.class::isInstance);
    return new Turn(replies, language, asks ? Outcome.NEEDS_INPUT : Outcome.ANSWERED);
  }

  /**
   * After a message that answered the question {@code answered} (null if it answered none): an
   * answer after which that same question is asked again was not taken; a {@code command} answered
   * nothing, so no channel may show it as the open question's answer.
   */
  static Turn after(List<Reply> replies, Language language, String answered, boolean command) {
    if (command) {
      return new Turn(replies, language, Outcome.COMMAND);
    }
    boolean reasked =
        answered != null
            && replies.stream()
                .anyMatch(r -> r instanceof QuestionReply q && answered.equals(q.askedId()));
    if (reasked) {
      return new Turn(replies, language, Outcome.INVALID_INPUT);
    }
    Turn taken = taken(replies, language);
    return new Turn(taken.replies(), language, taken.outcome(), answered);
  }

  /** For a leader id that names nobody (never known, or deleted): said in the given language. */
  public static Turn unknownLeader(Language language) {
    return new Turn(
        List.of(new TextReply(Messages.get(language, "leader.unknown"))),
        language,
        Outcome.UNKNOWN_LEADER);
  }
}
