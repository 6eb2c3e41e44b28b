package no.samspill.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import org.junit.jupiter.api.Test;

class AnswerModalTest {

  private static final AnswerModal.Asked ASKED =
      new AnswerModal.Asked(
          "ab12", 20, true, Language.EN, false, "D1", "1.2", "https://hooks.example/x|y");

  @Test
  void carriesTheQuestionThroughPrivateMetadata() {
    assertThat(AnswerModal.Asked.decode(ASKED.encode())).contains(ASKED);
  }

  @Test
  void refusesMetadataItDidNotWrite() {
    assertThat(AnswerModal.Asked.decode("evil|1")).isEmpty();
    assertThat(AnswerModal.Asked.decode("NOT-HEX|20|true|nb|false|||")).isEmpty();
    assertThat(AnswerModal.Asked.decode(null)).isEmpty();
  }

  @Test
  void explainsAMissingOrOverLongAnswerInTheLanguageTheQuestionWasAskedIn() {
    assertThat(AnswerModal.error("  ", ASKED))
        .contains(Messages.get(Language.EN, "invalid.text.needed"));
    assertThat(AnswerModal.error("x".repeat(21), in(Language.NB)))
        .contains(Messages.get(Language.NB, "invalid.text.long", 20, 21));
    assertThat(AnswerModal.error("Passe langt", in(Language.NN))).isEmpty();
  }

  private static AnswerModal.Asked in(Language language) {
    return new AnswerModal.Asked(
        ASKED.askedId(),
        ASKED.maxLength(),
        ASKED.required(),
        language,
        ASKED.ephemeral(),
        ASKED.channel(),
        ASKED.messageTs(),
        ASKED.responseUrl());
  }

  @Test
  void readsOnlyButtonValuesOfItsOwnShape() {
    assertThat(SlackInteractions.action("ab12|a:3"))
        .hasValueSatisfying(a -> assertThat(a.choice()).isEqualTo("3"));
    assertThat(SlackInteractions.action("ab12|")).isEmpty();
    assertThat(SlackInteractions.action("<script>|a:1")).isEmpty();
    assertThat(SlackInteractions.action("ab12|" + "x".repeat(101))).isEmpty();
  }
}
