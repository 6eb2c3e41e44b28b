package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.core.conversation.Turn.Outcome;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Numbers that name nothing, stale and forged buttons: a sentence in my language, no change. */
class MyReflectionsBadInputTest {

  private final ChatHarness chat = new ChatHarness();

  private Leader someoneElse;
  private Reflection theirs;
  private Leader me;
  private Reflection mine;

  private void twoLeaders(Language language) {
    someoneElse = chat.register(aLeader().named("Ola Hauge"));
    theirs =
        chat.hasReflection(
            aReflection().by(someoneElse).sharing(ShareChoice.NAMED).lesson("Hans."));
    me = chat.register(aLeader().named("Kari Nordmann").speaking(language));
    mine = chat.hasReflection(aReflection().by(me).sharing(ShareChoice.ANONYMOUS).lesson("Min."));
  }

  @ParameterizedTest
  @CsvSource({
    "NB, mine 0",
    "NB, mine 999",
    "EN, mine 99999999999",
    "NN, mine 999",
    "EN, mine 999",
    "EN, my 999",
    "NN, mine refleksjonar 999"
  })
  void aNumberBeyondMyReflectionsSaysSoInMyLanguage(Language language, String typed) {
    twoLeaders(language);

    chat.says(typed);

    assertThat(chat.lastTexts())
        .containsExactly(
            Messages.get(language, "mine.notfound", typed.substring(typed.lastIndexOf(' ') + 1)));
    assertThat(chat.lastTurn().language()).isEqualTo(language);
    assertNothingChanged();
  }

  @ParameterizedTest
  @CsvSource({
    "NB, mine abc, abc",
    "NN, mine to, to",
    "EN, my -2, -2",
    "EN, mine 3a, 3a",
    "NB, mine abcdefghijklmnopqrstuvwxyz, abcdefghijklmnopqrst…"
  })
  void somethingElseThanANumberSaysHowToOpenOne(Language language, String typed, String shown) {
    twoLeaders(language);

    chat.says(typed);

    assertThat(chat.lastTexts()).containsExactly(Messages.get(language, "mine.notnumber", shown));
    assertNothingChanged();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aForgedButtonForAnotherLeadersReflectionOpensNothing(Language language) {
    twoLeaders(language);
    chat.says("mine");
    String askedId = chat.lastQuestion().askedId();

    chat.sends(Action.answer(askedId, theirs.id().value()));

    assertThat(chat.lastTexts()).containsExactly(Messages.get(language, "mine.gone"));
    assertThat(chat.lastReplies()).noneMatch(SummaryReply.class::isInstance);
    assertNothingChanged();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aForgedShareValueIsAskedAgain(Language language) {
    twoLeaders(language);
    chat.says("mine 1");
    String askedId = chat.lastQuestion().askedId();

    chat.sends(Action.answer(askedId, "share:everyone"));

    assertThat(chat.lastTexts()).containsExactly(Messages.get(language, "invalid.choice"));
    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.INVALID_INPUT);
    assertNothingChanged();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aShareChangeOnAReflectionDeletedMeanwhileChangesNothing(Language language) {
    twoLeaders(language);
    chat.says("mine 1");
    chat.store().reflections().delete(mine.id());

    chat.clicks(Messages.get(language, "share.named"));

    assertThat(chat.lastTexts()).containsExactly(Messages.get(language, "mine.gone"));
    assertThat(chat.store().reflections().findById(theirs.id())).contains(theirs);
    assertThat(chat.store().audit().all()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aButtonFromAnOlderListIsRefusedAsClosed(Language language) {
    twoLeaders(language);
    chat.says("mine");
    Action old = chat.lastQuestion().options().get(0).action();
    chat.says("mine");

    chat.sends(old);

    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.REFUSED_CLOSED);
    assertThat(chat.lastTexts().get(0)).isEqualTo(Messages.get(language, "closed"));
    assertNothingChanged();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void confirmingADeletionTwiceDeletesOnceAndSaysTheQuestionIsClosed(Language language) {
    twoLeaders(language);
    chat.says("mine 1");
    chat.clicks(Messages.get(language, "mine.delete"));
    Action yes = chat.button(Messages.get(language, "mine.delete.yes")).action();
    chat.sends(yes);
    assertThat(chat.lastTexts()).containsExactly(Messages.get(language, "mine.delete.done"));

    chat.sends(yes);

    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.REFUSED_CLOSED);
    assertThat(chat.lastTexts()).containsExactly(Messages.get(language, "closed"));
    assertThat(chat.reflections()).isEmpty();
    assertThat(chat.store().reflections().findById(theirs.id())).contains(theirs);
    assertThat(chat.store().audit().all()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aTypedAnswerThatIsNoOptionIsAskedAgain(Language language) {
    twoLeaders(language);
    chat.says("mine");

    chat.says("7");

    assertThat(chat.lastTexts()).containsExactly(Messages.get(language, "invalid.choice"));
    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.INVALID_INPUT);
    assertNothingChanged();
  }

  private void assertNothingChanged() {
    assertThat(chat.store().reflections().findById(mine.id())).contains(mine);
    assertThat(chat.store().reflections().findById(theirs.id())).contains(theirs);
    assertThat(chat.store().audit().all()).isEmpty();
    assertThat(List.of(chat.lastTurn().language())).containsExactly(chat.leader().language());
  }
}
