package no.samspill.core.digest;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.catalogue.Theme;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Tenant;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The harness week: Monday 2 March 2026 (week 10); reflections are completed on Monday. */
class ComposeWeeklyDigestTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private ComposeWeeklyDigest compose;
  private DigestText text;
  private Tenant lillevik;
  private DigestWeek week;
  private Leader kari;
  private Leader ola;
  private Leader ingrid;
  private Leader per;

  @BeforeEach
  void setUp() {
    kari = chat.register(aLeader().named("Kari Nordmann").withRole("Kommunalsjef"));
    ola = chat.register(aLeader().named("Ola Hauge").withRole("Enhetsleder"));
    ingrid = chat.register(aLeader().named("Ingrid Berg").withRole("Enhetsleder"));
    per = chat.register(aLeader().named("Per Olsen").withRole("Rådgiver"));
    lillevik = store.tenants().findById(TestTenants.LILLEVIK).orElseThrow();
    week = DigestWeek.containing(ChatHarness.START, lillevik.timeZone());
    compose =
        new ComposeWeeklyDigest(
            store.reflections(),
            store.leaders(),
            store.nudges(),
            store.schedulePolicies(),
            t -> List.of("Ola Nordmann", "Grete Haugland"),
            chat.catalogue(),
            new ExtractiveSummariser());
    text = new DigestText(chat.catalogue());
  }

  private void shares(Leader who, ShareChoice share, String lesson, int trust, String used) {
    chat.hasReflection(
        aReflection()
            .by(who)
            .in(Phase.POST)
            .sharing(share)
            .lesson(lesson)
            .trustMoved(trust)
            .usedApproach(used));
  }

  @Test
  void combinesSharedLessonsAndPatternsFromThreeOrMorePeople() {
    shares(
        kari,
        ShareChoice.NAMED,
        "Snakk med gruppelederne før saken sendes ut.",
        4,
        "collaborating");
    shares(
        ola,
        ShareChoice.ANONYMOUS,
        "Ta de kritiske spørsmålene i saksframlegget.",
        3,
        "compromising");
    shares(
        ingrid, ShareChoice.ANONYMOUS, "Vær tydelig på hva som er faglig råd.", 5, "collaborating");

    Digest digest = compose.compose(lillevik, week);

    assertThat(digest.lessons().values().stream().flatMap(List::stream))
        .extracting(lesson -> lesson.attribution(Language.NB))
        .as("two hold 'Enhetsleder', fewer than three: the role is not shown")
        .containsExactlyInAnyOrder(
            "Kari Nordmann, kommunalsjef", "anonymt, en leder", "anonymt, en leder");
    assertThat(digest.conflict().used())
        .containsEntry("collaborating", 2)
        .containsEntry("compromising", 1);
    assertThat(digest.trust().average()).isEqualTo(4.0);
    assertThat(digest.participation().shared()).isEqualTo(3);
    String rendered = text.render(digest, Language.NB).asText();
    assertThat(rendered)
        .contains("Snakk med gruppelederne før saken sendes ut.")
        .contains("Finne en løsning sammen: planlagt 0, brukt 2")
        .contains("i snitt 4,0 av 5 (3 svar fra 3 ledere)");
  }

  @Test
  void privateReflectionsNeverAppearNotEvenInCounts() {
    shares(kari, ShareChoice.ANONYMOUS, "Delt lærdom én.", 4, "collaborating");
    shares(ola, ShareChoice.ANONYMOUS, "Delt lærdom to om noe annet.", 4, "collaborating");
    shares(ingrid, ShareChoice.PRIVATE, "Hemmelig lærdom som bare er min.", 1, "competing");
    shares(per, ShareChoice.PRIVATE, "Enda en privat tanke.", 1, "competing");

    Digest digest = compose.compose(lillevik, week);

    String rendered = text.render(digest, Language.NB).asText();
    assertThat(rendered).doesNotContain("Hemmelig").doesNotContain("privat tanke");
    assertThat(digest.conflict()).as("only two people shared: no pattern").isNull();
    assertThat(digest.trust()).isNull();
    assertThat(digest.participation()).isNull();
  }

  @Test
  void aCountFromFewerThanThreePeopleIsLeftOutEvenWithManyAnswers() {
    for (int i = 0; i < 5; i++) {
      shares(
          kari, ShareChoice.NAMED, "Lærdom nummer " + i + " om ulike ting i saken.", 2, "avoiding");
      shares(ola, ShareChoice.NAMED, "Annen innsikt " + i + " om prosessen her.", 2, "avoiding");
    }

    Digest digest = compose.compose(lillevik, week);

    assertThat(digest.conflict()).isNull();
    assertThat(digest.trust()).isNull();
    assertThat(text.render(digest, Language.NB).asText()).doesNotContain("i snitt");
  }

  @Test
  void masksKnownPoliticiansAndPersonNamesInSharedLessons() {
    shares(
        kari,
        ShareChoice.ANONYMOUS,
        "Ola Nordmann var skeptisk, men Per Hansen i Formannskapet ble overbevist av tallene.",
        4,
        "collaborating");
    shares(
        ola,
        ShareChoice.NAMED,
        "Haugland ville ha mer tid – gi politikerne tid.",
        4,
        "collaborating");

    String rendered = text.render(compose.compose(lillevik, week), Language.NB).asText();

    assertThat(rendered)
        .doesNotContain("Ola Nordmann")
        .doesNotContain("Per Hansen")
        .doesNotContain("Haugland")
        .contains("[…] var skeptisk")
        .contains("Formannskapet");
  }

  @Test
  void aDeletedReflectionLeavesTheDigest() {
    shares(kari, ShareChoice.ANONYMOUS, "En lærdom som skal bort.", 4, "collaborating");
    assertThat(text.render(compose.compose(lillevik, week), Language.NB).asText())
        .contains("En lærdom som skal bort.");

    store.reflections().deleteByLeader(kari.id());

    assertThat(text.render(compose.compose(lillevik, week), Language.NB).asText())
        .doesNotContain("En lærdom som skal bort.");
  }

  @Test
  void nearDuplicateLessonsAreShownOnce() {
    shares(
        kari, ShareChoice.ANONYMOUS, "Snakk med gruppelederne tidlig i saken.", 4, "collaborating");
    shares(
        ola, ShareChoice.ANONYMOUS, "Snakk med gruppelederne tidlig i saken!", 4, "collaborating");

    assertThat(compose.compose(lillevik, week).lessons().values().stream().flatMap(List::stream))
        .hasSize(1);
  }

  @Test
  void groupsLessonsByWhatTheySpeakOf() {
    shares(
        kari,
        ShareChoice.ANONYMOUS,
        "Uenigheten ble mindre da vi fant et kompromiss.",
        4,
        "compromising");
    shares(
        ola,
        ShareChoice.ANONYMOUS,
        "Forbered tallene grundig i saksframlegget.",
        4,
        "collaborating");
    shares(ingrid, ShareChoice.ANONYMOUS, "Vi var enige om mye denne gangen.", 4, "collaborating");

    Digest digest = compose.compose(lillevik, week);

    assertThat(digest.lessons().get(Theme.CONFLICT))
        .extracting(Digest.Lesson::text)
        .containsExactly("Uenigheten ble mindre da vi fant et kompromiss.");
    assertThat(digest.lessons().get(Theme.PREPARATION))
        .extracting(Digest.Lesson::text)
        .containsExactly("Forbered tallene grundig i saksframlegget.");
    assertThat(digest.lessons().get(Theme.TRUST))
        .as("no theme word: the prompt's theme")
        .extracting(Digest.Lesson::text)
        .containsExactly("Vi var enige om mye denne gangen.");
  }

  @Test
  void countsWhoUsedALessonFromLastWeekOnceThreePeopleShareIt() {
    String[] used = {"yes", "yes", "partly"};
    List<Leader> who = List.of(kari, ola, ingrid);
    for (int i = 0; i < 3; i++) {
      chat.hasReflection(
          aReflection()
              .by(who.get(i))
              .in(Phase.FOLLOW_UP)
              .sharing(ShareChoice.ANONYMOUS)
              .usedLesson(used[i]));
    }
    chat.hasReflection(
        aReflection().by(per).in(Phase.FOLLOW_UP).sharing(ShareChoice.PRIVATE).usedLesson("no"));

    Digest digest = compose.compose(lillevik, week);

    assertThat(digest.lessonsUsed()).isEqualTo(new Digest.LessonsUsed(2, 1, 0, 3));
    assertThat(text.render(digest, Language.NB).asText())
        .contains(
            "Lærdom i bruk: 2 brukte en lærdom fra forrige uke, 1 delvis, 0 ikke ennå (3 ledere)");
  }

  @Test
  void aQuietWeekGetsAnHonestShortMessageInTheTenantsLanguage() {
    Digest digest = compose.compose(lillevik, week);

    assertThat(digest.tooLittleToSay()).isTrue();
    assertThat(text.render(digest, Language.NB).asText())
        .startsWith("Denne uka er det delt for lite");
    assertThat(text.render(digest, Language.NN).asText())
        .startsWith("Denne veka er det delt for lite");
    assertThat(text.render(digest, Language.EN).asText()).startsWith("Too little was shared");
  }

  @Test
  void comparesTrustWithTheWeekBefore() {
    for (Leader who : List.of(kari, ola, ingrid)) {
      chat.hasReflection(
          aReflection()
              .by(who)
              .in(Phase.POST)
              .sharing(ShareChoice.ANONYMOUS)
              .trustMoved(2)
              .startedAt(ChatHarness.START.minus(Duration.ofDays(7))));
      shares(
          who,
          ShareChoice.ANONYMOUS,
          "Lærdom fra " + who.name() + " denne uka.",
          4,
          "collaborating");
    }

    Digest digest = compose.compose(lillevik, week);

    assertThat(digest.trust().previousAverage()).isEqualTo(2.0);
    assertThat(text.render(digest, Language.EN).asText())
        .contains(
            "Trust after the meetings: on average 4.0 of 5 (3 answers from 3 leaders), last week 2.0");
  }

  @Test
  void reflectionsFromOutsideTheWeekAreNotIncluded() {
    chat.hasReflection(
        aReflection()
            .by(kari)
            .in(Phase.POST)
            .sharing(ShareChoice.NAMED)
            .lesson("Gammel lærdom fra før.")
            .startedAt(Instant.parse("2026-02-20T10:00:00Z")));

    assertThat(compose.compose(lillevik, week).tooLittleToSay()).isTrue();
  }
}
