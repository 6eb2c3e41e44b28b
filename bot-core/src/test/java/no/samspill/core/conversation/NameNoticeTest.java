package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.language.Language;
import no.samspill.core.reflection.Answer;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.Test;

/** A typed answer that names a person is held back with a notice until it is rewritten or kept. */
class NameNoticeTest {

  private final ChatHarness chat = new ChatHarness();

  private void startsAFreeReflection(Language language) {
    chat.register(aLeader().speaking(language));
    chat.says("refleksjon");
    assertThat(chat.lastQuestion().kind()).isEqualTo(QuestionReply.Kind.FREE_TEXT);
  }

  private void movedOnHavingStored(String answer) {
    assertThat(chat.lastQuestion().kind()).isEqualTo(QuestionReply.Kind.SCALE);
    assertThat(chat.onlyReflection().answers()).extracting(Answer::text).containsExactly(answer);
  }

  @Test
  void aKnownPoliticiansNameIsNoticedAndKeptWhenTheLeaderSaysSo() {
    chat.store().hasPoliticians(TestTenants.LILLEVIK, "Grete Haugland");
    startsAFreeReflection(Language.NB);

    chat.says("haugland ville ha mer tid før vedtaket.");

    QuestionReply notice = chat.lastQuestion();
    assertThat(notice.text())
        .contains("(haugland)")
        .contains("blir navn maskert i ukesammendraget")
        .contains("roller fungerer bedre");
    assertThat(ChatHarness.labels(notice.options())).containsExactly("Skriv om", "Behold");
    assertThat(chat.onlyReflection().answers()).as("held back, not stored yet").isEmpty();

    chat.clicks("Behold");

    movedOnHavingStored("haugland ville ha mer tid før vedtaket.");
  }

  @Test
  void aCapitalisedNameIsNoticedInNynorskAndTheLeaderRewritesIt() {
    startsAFreeReflection(Language.NN);

    chat.says("Eg snakka med Per Hansen før møtet.");

    assertThat(chat.lastQuestion().text())
        .contains("(Per Hansen)")
        .contains("blir namn maskerte i vekesamandraget");
    chat.clicks("Skriv om");
    assertThat(chat.lastQuestion().kind()).isEqualTo(QuestionReply.Kind.FREE_TEXT);
    assertThat(chat.onlyReflection().answers()).isEmpty();

    chat.says("Eg snakka med ordføraren før møtet.");

    movedOnHavingStored("Eg snakka med ordføraren før møtet.");
  }

  @Test
  void inEnglishTypingKeepKeepsTheAnswerAndAnOldClickIsClosed() {
    startsAFreeReflection(Language.EN);
    chat.says("I met Kari Nordmann before the meeting.");
    QuestionReply notice = chat.lastQuestion();
    assertThat(notice.text()).contains("(Kari Nordmann)").contains("names are masked");
    Button rewrite = chat.button("Rewrite");

    chat.says("keep");
    chat.sends(rewrite.action());

    assertThat(chat.lastText()).contains("already answered or closed");
    assertThat(chat.onlyReflection().answers())
        .extracting(Answer::text)
        .containsExactly("I met Kari Nordmann before the meeting.");
  }

  @Test
  void theNoticeIsTheOpenQuestionAfterALanguageSwitchOrAContinue() {
    startsAFreeReflection(Language.NB);
    chat.says("Jeg snakket med Per Hansen før møtet.");

    chat.says("språk en");
    assertThat(chat.lastQuestion().text()).contains("(Per Hansen)").contains("names are masked");
    chat.says("fortsett");
    assertThat(ChatHarness.labels(chat.lastQuestion().options()))
        .containsExactly("Rewrite", "Keep");

    chat.clicks("Keep");
    movedOnHavingStored("Jeg snakket med Per Hansen før møtet.");
  }

  @Test
  void institutionsAndRolesPassWithoutANotice() {
    startsAFreeReflection(Language.NB);

    chat.says("Formannskapet og ordføreren var enige.");

    assertThat(chat.lastQuestion().kind()).isEqualTo(QuestionReply.Kind.SCALE);
  }
}
