package no.samspill.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.language.Language;
import org.junit.jupiter.api.Test;

class AnswerModalTest {

  private static final AnswerModal.Asked ASKED =
      new AnswerModal.Asked("ab12", 20, true, false, "D1", "1.2", "https://hooks.example/x|y");

  @Test
  void carriesTheQuestionThroughPrivateMetadata() {
    assertThat(AnswerModal.Asked.decode(ASKED.encode())).contains(ASKED);
  }

  @Test
  void refusesMetadataItDidNotWrite() {
    assertThat(AnswerModal.Asked.decode("evil|1")).isEmpty();
    assertThat(AnswerModal.Asked.decode("NOT-HEX|20|true|false|||")).isEmpty();
    assertThat(AnswerModal.Asked.decode(null)).isEmpty();
  }

  @Test
  void explainsAMissingOrOverLongAnswerInTheLeadersLanguage() {
    assertThat(AnswerModal.error("  ", ASKED, Language.EN))
        .hasValueSatisfying(e -> assertThat(e).contains("Skip"));
    assertThat(AnswerModal.error("x".repeat(21), ASKED, Language.NB))
        .hasValueSatisfying(e -> assertThat(e).contains("20").contains("21"));
    assertThat(AnswerModal.error("Passe langt", ASKED, Language.NN)).isEmpty();
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
