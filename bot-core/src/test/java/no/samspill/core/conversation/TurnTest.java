package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.conversation.Turn.Outcome;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.Test;

/** What a turn tells a channel besides its replies: the language and how the message was taken. */
class TurnTest {

  private final ChatHarness chat = new ChatHarness();

  @Test
  void aTakenAnswerNeedsTheNextInputAndTheLastOneLeavesNothingOpen() {
    chat.register(aLeader());
    chat.says("refleksjon");
    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.COMMAND);

    chat.says("Møtet gikk bra.");
    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.NEEDS_INPUT);
    // A command typed while a question is open answers nothing; the flow's answers stay as they
    // are.
    chat.says("mine");
    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.COMMAND);
    assertThat(chat.onlyReflection().answers()).hasSize(1);
    chat.says("avbryt");
    chat.says("fortsett");
    chat.clicks("3");
    chat.says("Forbered gruppelederne.");
    chat.clicks("Privat – bare meg");

    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.ANSWERED);
    assertThat(chat.lastTurn().language()).isEqualTo(Language.NB);
  }

  @Test
  void aTakenAnswerNamesTheQuestionItAnsweredWhetherTypedOrClicked() {
    chat.register(aLeader());
    chat.says("refleksjon");
    String situation = chat.lastQuestion().askedId();

    chat.says("Møtet gikk bra.");
    assertThat(chat.lastTurn().answered()).isEqualTo(situation);
    String scale = chat.lastQuestion().askedId();

    chat.says("9");
    assertThat(chat.lastTurn().answered()).isNull();
    chat.clicks("3");
    assertThat(chat.lastTurn().answered()).isEqualTo(scale);
    chat.says("mine");
    assertThat(chat.lastTurn().answered()).isNull();
  }

  @Test
  void anAnswerThatDoesNotFitIsNotTakenAndTheSameQuestionIsAskedAgain() {
    chat.register(aLeader().speaking(Language.NN));
    chat.says("refleksjon");
    chat.says("Møtet gjekk bra.");
    String scale = chat.lastQuestion().askedId();

    chat.says("9");

    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.INVALID_INPUT);
    assertThat(chat.lastQuestion().askedId()).isEqualTo(scale);
    assertThat(chat.lastTurn().language()).isEqualTo(Language.NN);
  }

  @Test
  void aCommandThatAsksAgainIsACommandNotInvalid() {
    chat.register(aLeader());
    chat.says("refleksjon");
    String open = chat.lastQuestion().askedId();

    chat.says("fortsett");

    assertThat(chat.lastQuestion().askedId()).isEqualTo(open);
    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.COMMAND);
  }

  @Test
  void aClickOnAQuestionThatMovedOnIsRefusedAsClosed() {
    chat.register(aLeader());
    chat.says("refleksjon");
    chat.says("Møtet gikk bra.");
    Button four = chat.button("4");
    chat.clicks("3");

    chat.sends(four.action());

    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.REFUSED_CLOSED);
  }

  @Test
  void anotherLeadersAskedIdIsRefusedInMyLanguageAndStoresNothing() {
    Leader other = chat.register(aLeader().named("Per Hansen"));
    chat.says("refleksjon");
    Button theirs = chat.onScreen().controls().get(0);
    Reflection theirsBefore = chat.onlyReflection();
    Leader me = chat.register(aLeader().named("Kari Nordmann").speaking(Language.EN));

    chat.sends(theirs.action());

    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.REFUSED_CLOSED);
    assertThat(chat.lastTurn().language()).isEqualTo(Language.EN);
    assertThat(chat.lastTexts()).containsExactly(Messages.get(Language.EN, "closed"));
    assertThat(chat.reflections()).isEmpty();
    chat.as(other);
    assertThat(chat.onlyReflection()).isEqualTo(theirsBefore);
    assertThat(me.id()).isNotEqualTo(other.id());
  }

  @Test
  void theTurnCarriesTheLanguageChosenInIt() {
    chat.register(aLeader());

    chat.says("språk en");
    assertThat(chat.lastTurn().language()).isEqualTo(Language.EN);

    chat.says("language");
    chat.clicks("Nynorsk");
    assertThat(chat.lastTurn().language()).isEqualTo(Language.NN);
    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.ANSWERED);
  }

  @Test
  void aStorageOutageIsNotTakenAndSaysSo() {
    chat.register(aLeader().speaking(Language.EN));
    chat.storage().goAway();

    chat.says("mine");

    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.UNAVAILABLE);
  }
}
