package no.samspill.core.conversation;

import static java.time.temporal.ChronoUnit.DAYS;
import static no.samspill.core.testing.CaseBuilder.aCase;
import static no.samspill.core.testing.ChatHarness.START;
import static no.samspill.core.testing.ChatHarness.labels;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed commands in bokmål, nynorsk and English: help, language, mine, leaders. */
class CommandTest {

  private static final String HELP = "Dette kan du skrive til meg:";

  private final ChatHarness chat = new ChatHarness();

  @ParameterizedTest
  @ValueSource(strings = {"hjelp", "HJELP", "Help", "help!", "/hjelp", " ? "})
  void helpIsUnderstoodWhateverTheCase(String typed) {
    chat.register(aLeader());

    chat.says(typed);

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith(HELP)
        .doesNotContain("«ledere»");
  }

  @Test
  void aCoordinatorsHelpAlsoListsTheCoordinatorCommands() {
    chat.register(aLeader().coordinator());

    chat.says("hjelp");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith(HELP)
        .contains("Som koordinator kan du også skrive:\n• «ledere»");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fortsett", "fortset", "Continue", "RESUME"})
  void continueIsUnderstoodInEveryLanguage(String typed) {
    chat.register(aLeader());
    chat.says("refleksjon");
    chat.says("seinare");
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.PAUSED);

    chat.says(typed);

    assertThat(chat.lastQuestion().text()).isEqualTo("Hva skjedde i samspillet med politikerne?");
    assertThat(chat.onlyReflection().status()).isEqualTo(ReflectionStatus.IN_PROGRESS);
  }

  @Test
  void unknownTextGetsAHelpfulReply() {
    chat.register(aLeader());

    chat.says("hei på deg");

    assertThat(chat.lastTexts())
        .containsExactly(
            "Jeg forstod ikke «hei på deg». Skriv «hjelp» for å se hva jeg kan hjelpe med.");
    assertThat(chat.store().reflections().all()).isEmpty();
  }

  @Test
  void unknownLongTextIsShortenedInTheReply() {
    chat.register(aLeader());

    chat.says("a".repeat(40) + "bbbbbbbbbb");

    assertThat(chat.lastTexts())
        .singleElement()
        .asString()
        .startsWith("Jeg forstod ikke «" + "a".repeat(40) + "…»");
  }

  @ParameterizedTest
  @ValueSource(strings = {"språk nn", "SPRÅK NN", "Språk nn.", "language nn"})
  void languageSwitchesAndLaterRepliesComeInThatLanguage(String typed) {
    chat.register(aLeader());

    chat.says(typed);

    assertThat(chat.lastTexts()).containsExactly("Greitt, no skriv eg på nynorsk.");
    assertThat(chat.leader().language()).isEqualTo(Language.NN);

    chat.says("refleksjon");

    assertThat(chat.lastTexts().get(0)).startsWith("Du har ingen saker registrerte enno");
    assertThat(chat.lastQuestion().text()).isEqualTo("Kva skjedde i samspelet med politikarane?");
    assertThat(labels(chat.lastQuestion().controls()))
        .containsExactly("Minn meg på det seinare", "Avbryt");
  }

  @Test
  void languageWithoutACodeOffersTheLanguages() {
    chat.register(aLeader());

    chat.says("språk");

    QuestionReply pick = chat.lastQuestion();
    assertThat(pick.text()).isEqualTo("Hvilket språk vil du at jeg skal bruke?");
    assertThat(labels(pick.options())).containsExactly("Bokmål", "Nynorsk", "English");
    assertThat(labels(pick.controls())).containsExactly("Avbryt");

    chat.clicks("English");

    assertThat(chat.lastTexts()).containsExactly("OK, I'll write in English from now on.");
    assertThat(chat.leader().language()).isEqualTo(Language.EN);
    assertThat(chat.conversation().dialog()).isNull();
    chat.says("hello");
    assertThat(chat.lastTexts()).singleElement().asString().startsWith("I didn't understand");
  }

  @Test
  void aLanguageCanBePickedByTypingItsName() {
    chat.register(aLeader().speaking(Language.EN));
    chat.says("language");

    chat.says("nynorsk");

    assertThat(chat.leader().language()).isEqualTo(Language.NN);
  }

  @Test
  void theThreeLanguagesAskTheSamePromptInTheirOwnWords() {
    List<List<String>> seen = new ArrayList<>();
    for (Language language : Language.values()) {
      chat.register(aLeader().speaking(language));
      chat.says("refleksjon");
      QuestionReply q = chat.lastQuestion();
      seen.add(List.of(q.heading(), q.text(), q.hint(), q.controls().get(0).label()));
    }

    assertThat(seen)
        .containsExactly(
            List.of(
                "Fri refleksjon",
                "Hva skjedde i samspillet med politikerne?",
                "Kort om situasjonen – nevn roller, ikke navn.",
                "Minn meg på det senere"),
            List.of(
                "Fri refleksjon",
                "Kva skjedde i samspelet med politikarane?",
                "Kort om situasjonen – nemn roller, ikkje namn.",
                "Minn meg på det seinare"),
            List.of(
                "Free reflection",
                "What happened in your dealings with the politicians?",
                "Briefly describe the situation – roles, not names.",
                "Remind me later"));
  }

  @Test
  void mineListsMyReflectionsNewestFirst() {
    Leader me = chat.register(aLeader());
    PoliticalCase skole = chat.hasCase(aCase().titled("Ny skolestruktur").ownedBy(me));
    chat.hasReflection(aReflection().by(me).startedAt(START.minus(3, DAYS)));
    chat.hasReflection(
        aReflection()
            .by(me)
            .in(Phase.POST)
            .about(skole)
            .sharing(ShareChoice.ANONYMOUS)
            .startedAt(START.minus(1, DAYS)));
    chat.hasReflection(
        aReflection()
            .by(me)
            .in(Phase.PRE)
            .about(skole)
            .withStatus(ReflectionStatus.PAUSED)
            .startedAt(START.minus(2, DAYS)));
    chat.hasReflection(aReflection().by(chat.register(aLeader())).startedAt(START));
    chat.as(me);

    chat.says("mine");

    SummaryReply mine = chat.lastSummary();
    assertThat(mine.title()).isEqualTo("Mine refleksjoner");
    assertThat(mine.lines())
        .extracting(
            l -> l.label().substring(l.label().indexOf(" · ") + 3), SummaryReply.Line::value)
        .containsExactly(
            tuple("Etter møtet", "Ny skolestruktur · fullført · Anonymt til ledergruppen"),
            tuple("Før møtet", "Ny skolestruktur · satt på vent · Privat – bare meg"),
            tuple("Fri refleksjon", "Uten sak · fullført · Privat – bare meg"));
    assertThat(mine.lines().get(0).label()).startsWith("01.03.2026");
    assertThat(mine.footer()).startsWith("De nyeste øverst.");
  }

  @Test
  void mineShowsAtMostTheTenNewest() {
    Leader me = chat.register(aLeader());
    for (int day = 1; day <= 12; day++) {
      chat.hasReflection(aReflection().by(me).startedAt(START.minus(day, DAYS)));
    }

    chat.says("my reflections");

    assertThat(chat.lastSummary().lines()).hasSize(MyReflections.MINE_LIMIT);
    assertThat(chat.lastSummary().lines().get(0).label()).startsWith("01.03.2026");
  }

  @Test
  void mineWithoutReflectionsSaysHowToStart() {
    chat.register(aLeader());

    chat.says("Mine");

    assertThat(chat.lastTexts())
        .containsExactly("Du har ingen refleksjoner ennå. Skriv «refleksjon» for å starte.");
  }

  @Test
  void leadersIsRefusedForSomeoneWhoIsNotCoordinator() {
    chat.register(aLeader());

    chat.says("ledere");

    assertThat(chat.lastTexts()).containsExactly("Den kommandoen er bare for koordinatoren.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ledere", "leiarar", "Leaders"})
  void leadersListsTheLeadersOfTheCoordinatorsOwnMunicipality(String typed) {
    chat.register(aLeader().named("Per Hansen").withRole("Kommunalsjef"));
    chat.register(aLeader().named("Ola Storby").in(TestTenants.STORBY));
    chat.register(aLeader().named("Anne Berg").withRole("Rådgiver").coordinator());

    chat.says(typed);

    SummaryReply leaders = chat.lastSummary();
    assertThat(leaders.title()).isEqualTo("Ledere i kommunen");
    assertThat(leaders.lines())
        .extracting(SummaryReply.Line::label, SummaryReply.Line::value)
        .containsExactly(
            tuple("Anne Berg", "Rådgiver · koordinator"), tuple("Per Hansen", "Kommunalsjef"));
  }
}
