package no.samspill.core.conversation;

import java.util.List;
import java.util.Optional;
import no.samspill.core.digest.KnownPoliticians;
import no.samspill.core.digest.NameMasker;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Reflection;

/**
 * Tells a leader at once when a typed answer names a person (a known politician or what looks like
 * a name), because the digest would mask it, and holds the answer until they rewrite or keep it.
 */
final class NameNotice {

  static final String REWRITE = "rewrite-name";
  static final String KEEP = "keep-name";

  private final KnownPoliticians politicians;

  NameNotice(KnownPoliticians politicians) {
    this.politicians = politicians;
  }

  /** The names in a typed answer that the digest would mask. */
  List<String> names(Leader leader, String answer) {
    return new NameMasker(politicians.names(leader.tenantId())).names(answer);
  }

  /** {@code required}: the question the answer is for cannot be skipped, nor can its notice. */
  static QuestionReply ask(
      String askedId, String heading, List<String> names, boolean required, Language language) {
    List<Button> options =
        List.of(
            new Button(Messages.get(language, "name.rewrite"), Action.answer(askedId, REWRITE)),
            new Button(Messages.get(language, "name.keep"), Action.answer(askedId, KEEP)));
    return Asking.choice(
        askedId,
        heading,
        Messages.get(language, "name.notice", String.join(", ", names)),
        options,
        Asking.flowControls(askedId, required, language));
  }

  /** The held answer, if it was held for the question now open in the reflection. */
  static Optional<String> held(ConversationState state, Reflection reflection) {
    ConversationState.Held held = state.held();
    return held != null && held.askedId().equals(reflection.openAskedId())
        ? Optional.of(held.text())
        : Optional.empty();
  }

  /** KEEP, REWRITE, or null when the leader typed a new answer instead. */
  static String decision(AnswerInput in, String held, Language language) {
    if (in.isClick()) {
      return in.choice();
    }
    if (in.text().strip().equals(held.strip())) {
      return KEEP;
    }
    return Asking.matchTyped(in.text(), ask("-", "", List.of(), true, language).options());
  }
}
