package no.samspill.core.conversation;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Phase;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A count in a reply agrees with its number: "1 refleksjon", "2 refleksjoner", "0 reflections". */
class PluralRepliesTest {

  private final ChatHarness chat = new ChatHarness();

  @ParameterizedTest
  @CsvSource({
    "NB, 0, Ferdig. 0 refleksjoner og",
    "NB, 1, Ferdig. 1 refleksjon og",
    "NB, 2, Ferdig. 2 refleksjoner og",
    "NN, 0, Ferdig. 0 refleksjonar og",
    "NN, 1, Ferdig. 1 refleksjon og",
    "NN, 2, Ferdig. 2 refleksjonar og",
    "EN, 0, Done. 0 reflections and",
    "EN, 1, Done. 1 reflection and",
    "EN, 2, Done. 2 reflections and"
  })
  void theDeletionSaysHowManyReflectionsWentInGoodGrammar(
      Language language, int reflections, String expected) {
    Leader me = chat.register(aLeader().speaking(language));
    for (int i = 0; i < reflections; i++) {
      chat.hasReflection(aReflection().by(me).in(Phase.POST));
    }

    chat.says("slett");
    chat.clicks(Messages.get(language, "delete.yes"));

    assertThat(chat.lastTexts()).singleElement().asString().startsWith(expected);
  }
}
