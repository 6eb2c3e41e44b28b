package no.samspill.core.publishing;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.ReflectionBuilder.aReflection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.DigestText;
import no.samspill.core.digest.ExtractiveSummariser;
import no.samspill.core.digest.SuggestConversations;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Tenant;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryDigestChannels;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The harness clock starts Monday 2 March 2026 10:00 Oslo; the digest is due Friday 13:00. */
class PostWeeklyDigestTest {

  private static final Instant FRIDAY_AFTER_ONE = Instant.parse("2026-03-06T12:05:00Z");

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final RecordingChannel slack = new RecordingChannel("slack");
  private final no.samspill.core.testing.InMemoryDigestPosts posts =
      new no.samspill.core.testing.InMemoryDigestPosts();
  private final ChannelAddress leadersChannel =
      new ChannelAddress("slack", "T1", "C-ledere", "#ledere");

  @BeforeEach
  void setUp() {
    for (String name : List.of("Kari", "Ola", "Ingrid")) {
      Leader leader = chat.register(aLeader().named(name).withRole("Enhetsleder"));
      chat.hasReflection(
          aReflection()
              .by(leader)
              .in(Phase.POST)
              .sharing(ShareChoice.ANONYMOUS)
              .lesson("Lærdom fra " + name + " om god saksforberedelse.")
              .trustMoved(4)
              .usedApproach("collaborating")
              .plannedApproach("compromising"));
    }
    store.digestChannels().set(TestTenants.LILLEVIK, leadersChannel);
  }

  private PostWeeklyDigest instance(String name) {
    return instance(name, store.digestChannels());
  }

  private PostWeeklyDigest instance(String name, DigestChannels digestChannels) {
    SchedulePolicies defaults = store.schedulePolicies();
    return new PostWeeklyDigest(
        store.tenants(),
        defaults,
        digestChannels,
        new ComposeWeeklyDigest(
            store.reflections(),
            store.leaders(),
            store.nudges(),
            defaults,
            t -> List.of(),
            chat.catalogue(),
            new ExtractiveSummariser()),
        new SuggestConversations(
            store.leaders(),
            store.cases(),
            store.meetings(),
            store.bodies(),
            store.pairingOptIns()),
        new PlanFollowUps(
            store.leaders(),
            store.reflections(),
            store.nudges(),
            defaults,
            date -> false,
            chat.catalogue()),
        new DigestText(chat.catalogue()),
        (title, categories, series) -> new byte[] {(byte) 0x89, 'P', 'N', 'G'},
        posts,
        new ChannelRouter(List.of(slack)),
        new PostWeeklyDigest.Settings(name, Duration.ofMinutes(5)),
        chat.clock());
  }

  @ParameterizedTest
  @CsvSource({"NB, 3", "NN, 3", "EN, 3", "NB, 5", "NN, 5", "EN, 5"})
  void theOnlyHolderOfARoleIsNotNamedByItInThePostOrTheArchive(Language language, int k) {
    Tenant t = store.tenants().findById(TestTenants.LILLEVIK).orElseThrow();
    store.tenants().save(new Tenant(t.id(), t.name(), language, t.timeZone(), t.createdAt()));
    store.schedulePolicies().save(SchedulePolicy.defaults(t.id()).withAnonymityThreshold(k));
    Leader sole = chat.register(aLeader().named("Siri").withRole("Kommunalsjef oppvekst"));
    chat.hasReflection(
        aReflection()
            .by(sole)
            .in(Phase.POST)
            .sharing(ShareChoice.ANONYMOUS)
            .lesson("Tidlig dialog med gruppelederne hjelper meg som kommunalsjef oppvekst."));
    chat.clock().set(FRIDAY_AFTER_ONE);

    instance("a").postDue();

    ArchivedDigest archived = posts.archive(TestTenants.LILLEVIK, 1).get(0);
    String archivedText =
        archived.sections().stream()
            .flatMap(section -> section.lines().stream())
            .reduce("", (x, y) -> x + "\n" + y);
    String aLeader =
        Messages.get(language, "digest.anonymous", Messages.get(language, "digest.a.leader"));
    String threeHolders = Messages.get(language, "digest.anonymous", "enhetsleder");
    for (String text : List.of(slack.posts.get(0).text(), archivedText)) {
      assertThat(text)
          .contains("Tidlig dialog med gruppelederne hjelper")
          .contains("(" + aLeader + ")")
          .doesNotContainIgnoringCase("oppvekst");
      if (k == 3) {
        assertThat(text).as("three hold 'Enhetsleder'").contains("(" + threeHolders + ")");
      } else {
        assertThat(text).doesNotContainIgnoringCase("enhetsleder");
      }
    }
  }

  @Test
  void nothingIsPostedBeforeTheDigestTime() {
    assertThat(instance("a").postDue()).isZero();
    assertThat(slack.posts).isEmpty();
  }

  @Test
  void postsTheDigestWithItsChartToTheLeadersChannelOnce() {
    chat.clock().set(FRIDAY_AFTER_ONE);

    assertThat(instance("a").postDue()).isEqualTo(1);
    assertThat(instance("a").postDue()).as("a retry").isZero();

    assertThat(slack.posts).hasSize(1);
    ChannelPost post = slack.posts.get(0);
    assertThat(post.title()).isEqualTo("Ukesammendrag for uke 10");
    assertThat(post.text()).contains("Lærdom fra Kari om god saksforberedelse.");
    assertThat(post.hasImage()).isTrue();
    assertThat(post.imageAltText()).startsWith("Stolpediagram");
  }

  @Test
  void postNowPostsThisWeeksDigestBeforeItsTimeOnceAndTheScheduledRunDoesNotRepeatIt() {
    chat.clock().set(FRIDAY_AFTER_ONE.minus(Duration.ofHours(3)));
    assertThat(instance("a").postDue()).as("before its time").isZero();

    assertThat(instance("a").postNow(TestTenants.LILLEVIK)).isTrue();
    assertThat(instance("a").postNow(TestTenants.LILLEVIK)).as("again").isFalse();
    chat.clock().set(FRIDAY_AFTER_ONE);
    assertThat(instance("a").postDue()).isZero();

    assertThat(slack.posts)
        .extracting(ChannelPost::title)
        .containsExactly("Ukesammendrag for uke 10");
    assertThat(instance("a").postNow(new no.samspill.core.directory.TenantId("nobody"))).isFalse();
  }

  @Test
  void twoInstancesPostingAtOnceProduceOneDigest() throws Exception {
    chat.clock().set(FRIDAY_AFTER_ONE);
    PostWeeklyDigest a = instance("a");
    PostWeeklyDigest b = instance("b");

    Thread other = new Thread(b::postDue);
    other.start();
    a.postDue();
    other.join();

    assertThat(slack.posts).hasSize(1);
  }

  @Test
  void aDigestWithLessonsPlansOneFollowUpForEachActiveLeaderNextWeek() {
    chat.clock().set(FRIDAY_AFTER_ONE);

    instance("a").postDue();
    instance("b").postDue();

    List<no.samspill.core.schedule.Nudge> followUps =
        store
            .nudges()
            .find(TestTenants.LILLEVIK, no.samspill.core.schedule.NudgeStatus.PLANNED, 50);
    assertThat(followUps)
        .hasSize(3)
        .allSatisfy(
            n ->
                assertThat(n.kind())
                    .isEqualTo(no.samspill.core.schedule.NudgeKind.DIGEST_FOLLOW_UP))
        .allSatisfy(n -> assertThat(n.dueAt()).isEqualTo(Instant.parse("2026-03-11T12:05:00Z")));
  }

  @Test
  void theNextWeekGetsItsOwnDigest() {
    chat.clock().set(FRIDAY_AFTER_ONE);
    instance("a").postDue();
    chat.clock().advance(Duration.ofDays(7));

    instance("a").postDue();

    assertThat(slack.posts)
        .extracting(ChannelPost::title)
        .containsExactly("Ukesammendrag for uke 10", "Ukesammendrag for uke 11");
    assertThat(slack.posts.get(1).text()).startsWith("Denne uka er det delt for lite");
  }

  @Test
  void archivesThePostedDigestWithItsChartNewestFirst() {
    chat.clock().set(FRIDAY_AFTER_ONE);
    instance("a").postDue();
    chat.clock().advance(Duration.ofDays(7));
    instance("a").postDue();

    List<ArchivedDigest> archive = posts.archive(TestTenants.LILLEVIK, 10);

    assertThat(archive).extracting(ArchivedDigest::week).containsExactly("2026-W11", "2026-W10");
    ArchivedDigest first = archive.get(1);
    assertThat(first.title()).isEqualTo(slack.posts.get(0).title());
    assertThat(first.sections())
        .flatExtracting(DigestText.Section::lines)
        .anyMatch(line -> line.contains("Lærdom fra Kari om god saksforberedelse."));
    assertThat(first.chartPng()).isEqualTo(slack.posts.get(0).imagePng());
    assertThat(first.chartAltText()).startsWith("Stolpediagram");
    assertThat(first.postedAt()).isEqualTo(FRIDAY_AFTER_ONE);
  }

  @Test
  void aTenantWithoutADigestChannelStillGetsItsDigestArchived() {
    chat.clock().set(FRIDAY_AFTER_ONE);

    assertThat(instance("a", new InMemoryDigestChannels()).postDue()).isEqualTo(1);

    assertThat(slack.posts).isEmpty();
    assertThat(posts.archived(TestTenants.LILLEVIK, "2026-W10"))
        .get()
        .extracting(ArchivedDigest::title)
        .isEqualTo("Ukesammendrag for uke 10");
  }

  @Test
  void thePreviewIsWhatPostNowThenPostsAndPostsNothingItself() {
    chat.clock().set(FRIDAY_AFTER_ONE.minus(Duration.ofHours(3)));
    PostWeeklyDigest digest = instance("a");

    PostWeeklyDigest.Preview preview = digest.preview(TestTenants.LILLEVIK).orElseThrow();

    assertThat(slack.posts).isEmpty();
    assertThat(posts.archive(TestTenants.LILLEVIK, 10)).isEmpty();
    assertThat(preview.posted()).isEmpty();
    assertThat(preview.dueAt()).isEqualTo(Instant.parse("2026-03-06T12:00:00Z"));
    assertThat(preview.nextDueAt()).isEqualTo(Instant.parse("2026-03-13T12:00:00Z"));
    assertThat(preview.channels()).containsExactly(leadersChannel);
    assertThat(preview.chartAltText()).startsWith("Stolpediagram");
    assertThat(digest.previewChart(TestTenants.LILLEVIK)).startsWith(0x89, 'P', 'N', 'G');

    assertThat(digest.postNow(TestTenants.LILLEVIK)).isTrue();
    ChannelPost posted = slack.posts.get(0);
    assertThat(preview.rendered().title()).isEqualTo(posted.title());
    assertThat(preview.rendered().asText())
        .isEqualTo(posted.text())
        .contains("Lærdom fra Kari om god saksforberedelse.");
    assertThat(posts.archived(TestTenants.LILLEVIK, "2026-W10").orElseThrow().sections())
        .isEqualTo(preview.rendered().sections());
    assertThat(digest.preview(TestTenants.LILLEVIK).orElseThrow().posted())
        .get()
        .extracting(ArchivedDigest::title)
        .isEqualTo(posted.title());
    assertThat(digest.preview(new no.samspill.core.directory.TenantId("nobody"))).isEmpty();
  }

  static final class RecordingChannel implements ChatChannel {
    private final String name;
    final List<ChannelPost> posts = java.util.Collections.synchronizedList(new ArrayList<>());

    RecordingChannel(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Delivery send(Leader leader, List<Reply> replies) {
      return Delivery.delivered();
    }

    @Override
    public Delivery post(ChannelAddress address, ChannelPost post) {
      posts.add(post);
      return Delivery.delivered();
    }
  }
}
