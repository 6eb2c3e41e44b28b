package no.samspill.core.conversation;

import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A wrong answer re-asks the same question with a hint and stores nothing. */
class InvalidAnswerTest {

  private final ChatHarness chat = new ChatHarness();
  private Leader me;
  private Reflection before;

  @BeforeEach
  void registerLeader() {
    me = chat.register(aLeader());
  }

  @ParameterizedTest
  @ValueSource(strings = {"9", "0", "abc", "3.5", "-1"})
  void reAsksWithHintWhenScaleValueIsOutOfRange(String typed) {
    QuestionReply scale = atTheScaleQuestion();

    chat.says(typed);

    assertReAsked(scale, "Svar med et tall fra 1 til 5.");
  }

  @Test
  void reAsksWhenAScaleButtonCarriesAValueOutOfRange() {
    QuestionReply scale = atTheScaleQuestion();

    chat.sends(Action.answer(scale.askedId(), "6"));

    assertReAsked(scale, "Svar med et tall fra 1 til 5.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kanskje", "5", "0", "De kjenner meg"})
  void reAsksWhenTheTypedOptionIsUnknown(String typed) {
    startPreFlow();
    chat.clicks("3");
    QuestionReply choice = onScreenBeforeTheWrongAnswer();

    chat.says(typed);

    assertReAsked(choice, "Det svaret kjente jeg ikke igjen.");
  }

  @Test
  void reAsksWhenTheShareAnswerIsUnknown() {
    chat.says("refleksjon");
    chat.says("Møtet gikk bra.");
    chat.says("3");
    chat.says("Forbered gruppelederne.");
    QuestionReply share = onScreenBeforeTheWrongAnswer();

    chat.says("offentlig");

    assertReAsked(share, "Det svaret kjente jeg ikke igjen.");
  }

  @Test
  void reAsksWhenTheTextIsLongerThanThePromptAllows() {
    QuestionReply situation = atTheSituationQuestion();
    assertThat(situation.maxLength()).isEqualTo(1500);

    chat.says("x".repeat(1501));

    assertReAsked(situation, "Svaret er for langt: høyst 1500 tegn (du skrev 1501).");

    chat.says("x".repeat(1500));

    assertThat(chat.onlyReflection().answers())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.promptId()).isEqualTo("adhoc.situation");
              assertThat(a.text()).hasSize(1500);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n"})
  void reAsksWhenARequiredTextIsEmpty(String typed) {
    QuestionReply situation = atTheSituationQuestion();
    assertThat(situation.required()).isTrue();

    chat.submits(typed);

    assertReAsked(situation, "Dette spørsmålet trenger et svar med noen ord.");
  }

  @Test
  void reAsksWhenAButtonIsClickedForATextQuestion() {
    QuestionReply situation = atTheSituationQuestion();

    chat.sends(Action.answer(situation.askedId(), "1"));

    assertReAsked(situation, "Her vil jeg gjerne ha svaret ditt som tekst.");
  }

  @Test
  void refusesAMessageLongerThanAnyChannelSends() {
    atTheSituationQuestion();

    chat.says("x".repeat(ConversationEngine.MAX_MESSAGE_LENGTH + 1));

    assertThat(chat.lastTexts()).containsExactly("Meldingen er for lang (høyst 4000 tegn).");
    assertThat(chat.onlyReflection()).isEqualTo(before);
  }

  private QuestionReply atTheSituationQuestion() {
    chat.says("refleksjon");
    return onScreenBeforeTheWrongAnswer();
  }

  private QuestionReply atTheScaleQuestion() {
    chat.says("refleksjon");
    chat.says("Det ble en krevende debatt.");
    return onScreenBeforeTheWrongAnswer();
  }

  private QuestionReply onScreenBeforeTheWrongAnswer() {
    before = chat.onlyReflection();
    return chat.lastQuestion();
  }

  private void assertReAsked(QuestionReply asked, String problem) {
    assertThat(chat.lastTexts()).singleElement().asString().startsWith(problem);
    QuestionReply again = chat.lastQuestion();
    assertThat(again.askedId()).isEqualTo(asked.askedId());
    assertThat(again.text()).isEqualTo(asked.text());
    assertThat(again.hint()).isEqualTo(asked.hint());
    assertThat(chat.onlyReflection()).as("stored reflection").isEqualTo(before);
  }

  private void startPreFlow() {
    PoliticalCase politicalCase = chat.hasCase(aCase().ownedBy(me));
    chat.starts(new StartReflection.Command(me.id(), Phase.PRE, politicalCase.id(), null));
  }
}
