package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.catalogue.Prompt;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.Test;

/** Choosing another language mid-flow asks the open question again, in that language. */
class LanguageSwitchTest {

  private final ChatHarness chat = new ChatHarness();

  @Test
  void typedLanguageReasksTheOpenQuestionInTheNewLanguage() {
    chat.register(aLeader());
    chat.says("refleksjon");
    Prompt first = chat.catalogue().flowFor(Phase.AD_HOC).prompts().get(0);
    assertThat(chat.lastQuestion().text()).isEqualTo(first.text().in(Language.NB));

    chat.says("language en");

    assertThat(chat.lastTexts()).containsExactly("OK, I'll write in English from now on.");
    assertThat(chat.lastQuestion().text()).isEqualTo(first.text().in(Language.EN));
    assertThat(ChatHarness.labels(chat.lastQuestion().controls())).contains("Remind me later");
    chat.says("The meeting went well.");
    assertThat(chat.onlyReflection().answers()).hasSize(1);
  }

  @Test
  void pickingALanguageFromTheDialogReasksTheOpenQuestionToo() {
    chat.register(aLeader());
    chat.says("refleksjon");
    chat.says("Møtet gikk greit.");
    Prompt second = chat.catalogue().flowFor(Phase.AD_HOC).prompts().get(1);

    chat.says("språk");
    chat.clicks("Nynorsk");

    assertThat(chat.lastQuestion().text()).isEqualTo(second.text().in(Language.NN));
  }

  @Test
  void anOpenDialogStaysOpenAndIsAskedAgainInTheNewLanguage() {
    chat.register(aLeader());
    chat.says("ny sak");
    chat.says("Ny skolestruktur");
    String askedId = chat.lastQuestion().askedId();

    chat.says("språk en");

    assertThat(chat.lastQuestion().askedId()).isEqualTo(askedId);
    assertThat(chat.lastQuestion().text())
        .isEqualTo("Does the case have a case number (saksnummer)?");
    chat.clicks("Skip");
    assertThat(chat.lastText()).startsWith("The case");
  }

  @Test
  void withNothingOpenOnlyTheLanguageChanges() {
    chat.register(aLeader());

    chat.says("språk nn");

    assertThat(chat.lastReplies()).hasSize(1);
  }
}
