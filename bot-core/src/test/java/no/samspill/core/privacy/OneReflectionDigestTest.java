package no.samspill.core.privacy;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.conversation.Turn.Outcome;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.Digest;
import no.samspill.core.digest.DigestText;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.digest.ExtractiveSummariser;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Tenant;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resharing or deleting one reflection from "mine": the next digest follows, and its named lines
 * leave the digests already archived, while the leader's other named lessons stay.
 */
class OneReflectionDigestTest {

  private static final String LESSON = "Snakk med gruppelederne før saken sendes ut.";
  private static final String OTHER = "Ta de kritiske spørsmålene i saksframlegget.";

  private final ChatHarness chat = new ChatHarness();
  private ComposeWeeklyDigest compose;
  private DigestText text;
  private Tenant lillevik;
  private DigestWeek week;
  private Leader kari;

  @BeforeEach
  void setUp() {
    kari = chat.register(aLeader().named("Kari Nordmann").withRole("Kommunalsjef"));
    lillevik = chat.store().tenants().findById(TestTenants.LILLEVIK).orElseThrow();
    week = DigestWeek.containing(ChatHarness.START, lillevik.timeZone());
    compose =
        new ComposeWeeklyDigest(
            chat.store().reflections(),
            chat.store().leaders(),
            chat.store().nudges(),
            chat.store().schedulePolicies(),
            t -> List.of(),
            chat.catalogue(),
            new ExtractiveSummariser());
    text = new DigestText(chat.catalogue());
    chat.hasReflection(
        aReflection().by(kari).in(Phase.POST).sharing(ShareChoice.NAMED).lesson(OTHER));
    chat.starts(new StartReflection.Command(kari.id(), Phase.POST, null, null));
    chat.says("Vi ventet enighet, men saken ble utsatt.");
    chat.says("4");
    chat.says("2");
    chat.says(LESSON);
    chat.clicks("Med navnet mitt");
    archiveThisWeek();
    assertThat(lessons()).anyMatch(l -> l.contains(LESSON) && l.contains("Kari Nordmann"));
    assertThat(archivedLines()).anyMatch(l -> l.contains(LESSON) && l.contains("Kari Nordmann"));
  }

  @Test
  void aNamedLessonTurnedPrivateLeavesTheNextDigestAndTheArchive() {
    openNewest();
    chat.clicks("Privat – bare meg");

    assertThat(chat.lastTexts().get(0)).startsWith("Endret: Privat – bare meg.");
    assertThat(newest().share()).isEqualTo(ShareChoice.PRIVATE);
    assertThat(lessons()).noneMatch(l -> l.contains(LESSON)).anyMatch(l -> l.contains(OTHER));
    assertThat(archivedLines())
        .noneMatch(l -> l.contains(LESSON))
        .anyMatch(l -> l.contains(OTHER) && l.contains("Kari Nordmann"));
    assertThat(chat.store().audit().all())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.SHARE_CHANGE);
              assertThat(e.actor()).isEqualTo(kari.id());
              assertThat(e.subject()).isEqualTo(kari.id());
            });
  }

  @Test
  void aNamedLessonTurnedAnonymousLosesItsNameInTheDigestAndTheArchive() {
    openNewest();
    chat.clicks("Anonymt til ledergruppen");

    assertThat(lessons())
        .anyMatch(l -> l.contains(LESSON) && !l.contains("Kari Nordmann"))
        .anyMatch(l -> l.contains(OTHER) && l.contains("Kari Nordmann"));
    assertThat(archivedLines()).noneMatch(l -> l.contains(LESSON));
  }

  @Test
  void aPrivateLessonTurnedNamedJoinsTheNextDigest() {
    openNewest();
    chat.clicks("Privat – bare meg");
    openNewest();
    chat.clicks("Med navnet mitt");

    assertThat(lessons()).anyMatch(l -> l.contains(LESSON) && l.contains("Kari Nordmann"));
    assertThat(chat.store().audit().all()).hasSize(2);
  }

  @Test
  void deletingOneReflectionAfterConfirmingTakesItOutOfTheDigestAndTheArchive() {
    openNewest();
    chat.clicks("Slett refleksjonen");
    assertThat(chat.reflections()).hasSize(2);
    chat.clicks("Ja, slett den");

    assertThat(chat.lastTexts()).containsExactly("Refleksjonen er slettet.");
    assertThat(chat.reflections())
        .singleElement()
        .satisfies(r -> assertThat(r.answers()).hasSize(1));
    assertThat(lessons()).noneMatch(l -> l.contains(LESSON)).anyMatch(l -> l.contains(OTHER));
    assertThat(archivedLines()).noneMatch(l -> l.contains(LESSON)).anyMatch(l -> l.contains(OTHER));
    assertThat(chat.store().audit().all())
        .extracting(AuditEntry::action)
        .containsExactly(AuditEntry.DELETE_REFLECTION);
  }

  @Test
  void confirmingTheDeletionTwiceChangesNothingMore() {
    openNewest();
    chat.clicks("Slett refleksjonen");
    chat.clicks("Ja, slett den");

    chat.clicks("Ja, slett den");

    assertThat(chat.lastTurn().outcome()).isEqualTo(Outcome.REFUSED_CLOSED);
    assertThat(chat.lastTexts())
        .containsExactly(
            "Det spørsmålet er allerede besvart eller lukket – dette svaret ble ikke lagret.");
    assertThat(chat.reflections()).hasSize(1);
    assertThat(chat.store().audit().all()).hasSize(1);
  }

  private void openNewest() {
    chat.says("mine 1");
  }

  private Reflection newest() {
    return chat.reflections().get(0);
  }

  private List<String> lessons() {
    Digest digest = compose.compose(lillevik, week);
    return digest.lessons().values().stream()
        .flatMap(List::stream)
        .map(l -> l.text() + " (" + l.attribution(Language.NB) + ")")
        .toList();
  }

  private void archiveThisWeek() {
    DigestText.Rendered rendered = text.render(compose.compose(lillevik, week), Language.NB);
    chat.store().digestPosts().claim("w", chat.clock().instant(), Duration.ofMinutes(5), "a");
    chat.store()
        .digestPosts()
        .finish(
            "w",
            "a",
            "DELIVERED",
            new ArchivedDigest(
                lillevik.id(),
                week.key(),
                rendered.title(),
                rendered.sections(),
                null,
                null,
                chat.clock().instant()));
  }

  private List<String> archivedLines() {
    return chat.store().digestPosts().archive(lillevik.id(), 5).get(0).sections().stream()
        .flatMap(s -> s.lines().stream())
        .toList();
  }
}
