package no.samspill.core.digest;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Tenant;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.SchedulePolicy;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An anonymous lesson names its author's role only when at least k of the tenant's leaders hold it,
 * in the digest and in the coordinator's preview, in every language. (The archive: {@code
 * PostWeeklyDigestTest}.)
 */
class AnonymousCreditTest {

  private static final String SOLE_ROLE = "Kommunalsjef oppvekst";

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();

  private Leader sole;
  private Leader coordinator;

  /** One holder of the sole role, {@code sharedBy} holders of "Enhetsleder", a coordinator. */
  private void tenant(Language language, int k, int sharedBy) {
    sole = chat.register(aLeader().named("Siri Dahl").withRole(SOLE_ROLE).speaking(language));
    for (int i = 0; i < sharedBy; i++) {
      chat.register(aLeader().named("Leder " + i).withRole("Enhetsleder").speaking(language));
    }
    coordinator =
        chat.register(
            aLeader().named("Koordinator").withRole("Rådgiver").coordinator().speaking(language));
    Tenant t = store.tenants().findById(TestTenants.LILLEVIK).orElseThrow();
    store.tenants().save(new Tenant(t.id(), t.name(), language, t.timeZone(), t.createdAt()));
    store.schedulePolicies().save(SchedulePolicy.defaults(t.id()).withAnonymityThreshold(k));
    chat.hasReflection(
        aReflection()
            .by(sole)
            .in(Phase.POST)
            .sharing(ShareChoice.ANONYMOUS)
            .lesson(
                "Som kommunalsjef  oppvekst ser jeg at tidlig dialog med gruppelederne hjelper."));
  }

  private void anEnhetslederSharesALesson() {
    Leader one =
        store.leaders().findByTenant(TestTenants.LILLEVIK).stream()
            .filter(l -> "Enhetsleder".equals(l.role()))
            .findFirst()
            .orElseThrow();
    chat.hasReflection(
        aReflection()
            .by(one)
            .in(Phase.POST)
            .sharing(ShareChoice.ANONYMOUS)
            .lesson("Send saksframlegget til gruppelederne en uke før."));
  }

  private Digest compose() {
    Tenant t = store.tenants().findById(TestTenants.LILLEVIK).orElseThrow();
    return new ComposeWeeklyDigest(
            store.reflections(),
            store.leaders(),
            store.nudges(),
            store.schedulePolicies(),
            tenant -> List.of(),
            chat.catalogue(),
            new ExtractiveSummariser())
        .compose(t, DigestWeek.containing(ChatHarness.START, t.timeZone()));
  }

  private String preview() {
    chat.as(coordinator).says("sammendrag");
    return chat.lastText();
  }

  @ParameterizedTest
  @CsvSource({"NB, 3", "NN, 3", "EN, 3", "NB, 5", "NN, 5", "EN, 5"})
  void aLessonFromTheOnlyHolderOfARoleNeverCarriesThatRole(Language language, int k) {
    tenant(language, k, k);

    Digest digest = compose();
    String rendered = new DigestText(chat.catalogue()).render(digest, language).asText();
    String aLeader =
        Messages.get(language, "digest.anonymous", Messages.get(language, "digest.a.leader"));

    assertThat(digest.lessons().values().stream().flatMap(List::stream))
        .extracting(lesson -> lesson.attribution(language))
        .containsExactly(aLeader);
    for (String text : List.of(rendered, preview())) {
      assertThat(text)
          .contains("tidlig dialog med gruppelederne hjelper")
          .contains("(" + aLeader + ")")
          .doesNotContainIgnoringCase("kommunalsjef")
          .doesNotContainIgnoringCase("oppvekst");
    }
  }

  @ParameterizedTest
  @CsvSource({"NB, 3, anonymt", "NN, 5, anonymt", "EN, 5, anonymous"})
  void aRoleHeldByKLeadersIsShown(Language language, int k, String anonymously) {
    tenant(language, k, k);
    anEnhetslederSharesALesson();

    assertThat(preview()).contains("(" + anonymously + ", enhetsleder)");
  }

  @ParameterizedTest
  @CsvSource({"3, 2", "5, 4"})
  void aRoleHeldByFewerThanKLeadersIsNotShown(int k, int holders) {
    tenant(Language.NB, k, holders);
    anEnhetslederSharesALesson();

    assertThat(preview()).doesNotContainIgnoringCase("enhetsleder").contains("(anonymt, en leder)");
  }

  @ParameterizedTest
  @CsvSource({"3", "5"})
  void countsNeedKPeopleAndTheDigestSaysSo(int k) {
    tenant(Language.NB, k, k);
    List<Leader> enhetsledere =
        store.leaders().findByTenant(TestTenants.LILLEVIK).stream()
            .filter(l -> "Enhetsleder".equals(l.role()))
            .toList();
    IntStream.range(0, enhetsledere.size())
        .forEach(
            i ->
                chat.hasReflection(
                    aReflection()
                        .by(enhetsledere.get(i))
                        .in(Phase.POST)
                        .sharing(ShareChoice.ANONYMOUS)
                        .trustMoved(4)
                        .usedApproach("collaborating")));
    Digest withK = compose();
    assertThat(withK.trust()).as("k people behind it").isNotNull();
    assertThat(withK.trust().people()).isEqualTo(k);

    store
        .schedulePolicies()
        .save(SchedulePolicy.defaults(TestTenants.LILLEVIK).withAnonymityThreshold(k + 2));
    // k + 1 shared something (the sole holder too): k + 2 hides every count.
    Digest withMore = compose();
    assertThat(withMore.trust()).isNull();
    assertThat(withMore.conflict()).isNull();
    assertThat(withMore.participation()).isNull();
    assertThat(new DigestText(chat.catalogue()).render(withMore, Language.NB).asText())
        .contains("tall fra færre enn " + (k + 2) + " personer vises ikke");
  }
}
