package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.ConcurrentChangeException;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.FlowActivity;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=digest-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
class MongoDigestStorageIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Autowired Reflections reflections;
  @Autowired MongoTemplate mongo;
  @Autowired DigestPosts posts;

  private static Reflection started(Reflections store, TenantId tenant) {
    return store.save(
        Reflection.start(tenant, LeaderId.random(), Phase.POST, "post", 1, null, null, "a", NOW));
  }

  private Reflection completed(TenantId tenant, ShareChoice share, Instant at) {
    Reflection started =
        reflections.save(
            Reflection.start(
                tenant, LeaderId.random(), Phase.POST, "post", 1, null, null, "a", at));
    return reflections.save(
        started.completed(Answer.text("post.lesson", "LESSON", "Lærdom", at), share, at));
  }

  @Test
  void findsOnlyTheTenantsSharedReflectionsCompletedInTheWeek() {
    TenantId tenant = TenantId.random();
    Reflection anonymous = completed(tenant, ShareChoice.ANONYMOUS, NOW);
    Reflection named = completed(tenant, ShareChoice.NAMED, NOW.plusSeconds(60));
    completed(tenant, ShareChoice.PRIVATE, NOW);
    completed(tenant, ShareChoice.NAMED, NOW.minus(Duration.ofDays(8)));
    completed(TenantId.random(), ShareChoice.NAMED, NOW);

    List<Reflection> shared =
        reflections.findShared(tenant, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

    assertThat(shared).extracting(Reflection::id).containsExactly(anonymous.id(), named.id());
  }

  @Test
  void aTermsSharedReflectionsComeInOneQueryAcrossItsWeeks() {
    TenantId tenant = TenantId.random();
    Instant termStart = NOW.minus(Duration.ofDays(400));
    Reflection old = completed(tenant, ShareChoice.NAMED, termStart.plus(Duration.ofDays(3)));
    Reflection recent = completed(tenant, ShareChoice.ANONYMOUS, NOW);
    completed(tenant, ShareChoice.PRIVATE, NOW);
    completed(tenant, ShareChoice.NAMED, termStart.minusSeconds(60));
    completed(TenantId.random(), ShareChoice.NAMED, NOW);

    assertThat(reflections.findSharedOver(tenant, termStart, NOW.plusSeconds(60)))
        .extracting(Reflection::id)
        .containsExactly(old.id(), recent.id());
  }

  @Test
  void activityReadsEveryFlowChangedSinceButNoAnswer() {
    TenantId tenant = TenantId.random();
    Instant since = NOW.minus(Duration.ofDays(7));
    Reflection finished = completed(tenant, ShareChoice.PRIVATE, NOW.minus(Duration.ofDays(1)));
    Reflection open = started(reflections, tenant);
    completed(tenant, ShareChoice.NAMED, since.minusSeconds(60));
    completed(TenantId.random(), ShareChoice.NAMED, NOW);

    List<FlowActivity> flows = reflections.findActivity(tenant, since, 10);

    assertThat(flows).containsExactlyInAnyOrder(FlowActivity.of(finished), FlowActivity.of(open));
    assertThat(flows)
        .filteredOn(f -> f.leaderId().equals(open.leaderId()))
        .extracting(FlowActivity::completedAt)
        .containsOnlyNulls();
    assertThat(reflections.findActivity(tenant, since, 1)).hasSize(1);
  }

  @Test
  void aLessonMadePrivateAfterwardsLeavesTheDigestAndReturnsWhenSharedAgain() {
    TenantId tenant = TenantId.random();
    Reflection shared = completed(tenant, ShareChoice.NAMED, NOW);
    Instant from = NOW.minus(Duration.ofDays(1));
    Instant to = NOW.plus(Duration.ofDays(1));

    Reflection hidden = reflections.save(shared.sharedAs(ShareChoice.PRIVATE, NOW));
    assertThat(reflections.findShared(tenant, from, to)).isEmpty();
    reflections.save(hidden.sharedAs(ShareChoice.ANONYMOUS, NOW));
    assertThat(reflections.findShared(tenant, from, to))
        .extracting(Reflection::share)
        .containsExactly(ShareChoice.ANONYMOUS);
  }

  @Test
  void aDigestWeekInOsloFindsTheLessonsOfBothUtcWeeksItSpans() {
    TenantId tenant = TenantId.random();
    // Monday 00:00 in Oslo is Sunday 23:00 UTC: the Oslo week starts in the UTC week before.
    Instant monday = Instant.parse("2026-11-29T23:00:00Z");
    Instant nextMonday = monday.plus(Duration.ofDays(7));
    Reflection sundayNight = completed(tenant, ShareChoice.NAMED, monday.plusSeconds(1800));
    Reflection friday = completed(tenant, ShareChoice.ANONYMOUS, monday.plus(Duration.ofDays(4)));
    completed(tenant, ShareChoice.NAMED, monday.minusSeconds(60));
    completed(tenant, ShareChoice.NAMED, nextMonday);

    assertThat(reflections.findShared(tenant, monday, nextMonday))
        .extracting(Reflection::id)
        .containsExactly(sundayNight.id(), friday.id());
  }

  @Test
  void lessonsStoredWithTheOldDayListsAreFoundAfterTheMigrationAndTheListsAreGone() {
    TenantId tenant = TenantId.random();
    Instant at = NOW.minus(Duration.ofDays(2));
    // More than FerretDB's pool has connections: one bulk write of them all would never finish.
    List<ReflectionId> shared = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      shared.add(legacy(tenant, ShareChoice.ANONYMOUS, at.plusSeconds(i)).id());
    }
    legacy(tenant, ShareChoice.PRIVATE, at);
    mongo.insert(
        new Document("_id", tenant.value() + "|" + at.toString().substring(0, 10))
            .append("tenantId", tenant.value())
            .append("ids", shared.stream().map(ReflectionId::value).toList()),
        SharedWeekMigration.LEGACY_DAYS);
    assertThat(reflections.findShared(tenant, at.minusSeconds(60), NOW)).isEmpty();

    SharedWeekMigration.run(mongo);

    assertThat(reflections.findShared(tenant, at.minusSeconds(60), NOW))
        .extracting(Reflection::id)
        .containsExactlyInAnyOrderElementsOf(shared);
    assertThat(mongo.collectionExists(SharedWeekMigration.LEGACY_DAYS)).isFalse();
  }

  /** A completed reflection as the code before the shared week stored it: without the week. */
  private Reflection legacy(TenantId tenant, ShareChoice share, Instant at) {
    Reflection r =
        Reflection.start(tenant, LeaderId.random(), Phase.POST, "post", 1, null, null, "a", at)
            .completed(Answer.text("post.lesson", "LESSON", "Lærdom", at), share, at)
            .withVersion(2);
    Document stored = new Document();
    mongo.getConverter().write(r, stored);
    mongo.insert(stored, MongoReflections.COLLECTION);
    return r;
  }

  @Test
  void aCompletionThatLostToANewerVersionCountsOnlyOnTheDayItWasCompleted() {
    TenantId tenant = TenantId.random();
    Reflection started = started(reflections, tenant);
    Answer lesson = Answer.text("post.lesson", "LESSON", "Lærdom", NOW);
    Instant yesterday = NOW.minus(Duration.ofDays(1));
    // A completion yesterday lost its write to a newer version.
    Reflection stale = started.withVersion(started.version() + 1);
    assertThatThrownBy(
            () -> reflections.save(stale.completed(lesson, ShareChoice.NAMED, yesterday)))
        .isInstanceOf(ConcurrentChangeException.class);
    reflections.save(started.completed(lesson, ShareChoice.NAMED, NOW));

    assertThat(reflections.findShared(tenant, NOW.minus(Duration.ofDays(3)), NOW.plusSeconds(60)))
        .extracting(Reflection::id)
        .containsExactly(started.id());
  }

  @Test
  void aWeeksDigestIsClaimedOnceUntilItsLeaseRunsOutAndNeverAfterItIsPosted() {
    TenantId tenant = TenantId.random();
    String key = tenant.value() + "|2026-W48";
    Duration lease = Duration.ofMinutes(5);

    assertThat(posts.claim(key, NOW, lease, "a")).isTrue();
    assertThat(posts.claim(key, NOW.plusSeconds(10), lease, "b")).isFalse();
    assertThat(posts.claim(key, NOW.plus(lease).plusSeconds(1), lease, "b")).isTrue();
    assertThat(posts.finish(key, "a", "DELIVERED", digest(tenant, "2026-W48", NOW)))
        .as("a lost its claim")
        .isFalse();
    assertThat(posts.finish(key, "b", "DELIVERED", digest(tenant, "2026-W48", NOW))).isTrue();
    assertThat(posts.claim(key, NOW.plus(Duration.ofDays(1)), lease, "c")).isFalse();
  }

  @Test
  void keepsEachTenantsPostedDigestsNewestFirstWithTheirChart() {
    TenantId tenant = TenantId.random();
    TenantId other = TenantId.random();
    post(tenant, "2026-W47", NOW.minus(Duration.ofDays(7)));
    post(tenant, "2026-W48", NOW);
    post(other, "2026-W48", NOW);
    posts.claim(tenant.value() + "|2026-W49", NOW, Duration.ofMinutes(5), "a");

    List<ArchivedDigest> archive = posts.archive(tenant, 10);

    assertThat(archive).extracting(ArchivedDigest::week).containsExactly("2026-W48", "2026-W47");
    ArchivedDigest latest = archive.get(0);
    assertThat(latest.tenant()).isEqualTo(tenant);
    assertThat(latest.title()).isEqualTo("Ukesammendrag for 2026-W48");
    assertThat(latest.sections()).isEqualTo(digest(tenant, "2026-W48", NOW).sections());
    assertThat(latest.chartPng()).containsExactly(0x89, 'P', 'N', 'G');
    assertThat(latest.chartAltText()).isEqualTo("Stolpediagram");
    assertThat(latest.postedAt()).isEqualTo(NOW);
    assertThat(posts.archive(tenant, 1))
        .extracting(ArchivedDigest::week)
        .containsExactly("2026-W48");
    assertThat(posts.archived(tenant, "2026-W47")).isPresent();
    assertThat(posts.archived(tenant, "2026-W49")).as("claimed, not posted").isEmpty();
    assertThat(posts.archived(other, "2026-W47")).as("another tenant's week").isEmpty();
  }

  @Test
  void rewritesOnlyTheGivenTenantsArchive() {
    TenantId tenant = TenantId.random();
    TenantId other = TenantId.random();
    post(tenant, "2026-W48", NOW);
    post(other, "2026-W48", NOW);

    posts.rewriteArchive(
        tenant,
        sections ->
            sections.stream()
                .map(
                    s ->
                        new DigestText.Section(
                            s.heading(),
                            s.lines().stream().filter(l -> !l.contains("enhetsleder")).toList()))
                .toList());

    assertThat(posts.archived(tenant, "2026-W48").orElseThrow().sections())
        .flatExtracting(DigestText.Section::lines)
        .containsExactly("Tre ledere delte lærdom.");
    assertThat(posts.archived(other, "2026-W48").orElseThrow().sections())
        .isEqualTo(digest(other, "2026-W48", NOW).sections());
  }

  private void post(TenantId tenant, String week, Instant at) {
    String key = tenant.value() + "|" + week;
    posts.claim(key, at, Duration.ofMinutes(5), "a");
    assertThat(posts.finish(key, "a", "{slack=DELIVERED}", digest(tenant, week, at))).isTrue();
  }

  private static ArchivedDigest digest(TenantId tenant, String week, Instant at) {
    return new ArchivedDigest(
        tenant,
        week,
        "Ukesammendrag for " + week,
        List.of(
            new DigestText.Section(null, List.of("Tre ledere delte lærdom.")),
            new DigestText.Section(
                "Lærdom – tillit", List.of("• Send notatet en uke før (en enhetsleder)"))),
        new byte[] {(byte) 0x89, 'P', 'N', 'G'},
        "Stolpediagram",
        at);
  }
}
