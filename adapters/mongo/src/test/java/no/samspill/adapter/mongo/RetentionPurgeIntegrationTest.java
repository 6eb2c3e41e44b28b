package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meetings;
import no.samspill.core.conversation.ConversationState;
import no.samspill.core.conversation.Conversations;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.retention.PurgeExpiredData;
import no.samspill.core.retention.PurgeExpiredData.Counts;
import no.samspill.core.retention.PurgeExpiredData.Purged;
import no.samspill.core.retention.PurgeRuns;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.retention.RetentionPolicy;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeReasons;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The daily retention purge over the real storage: what is due goes, as thoroughly as "slett", what
 * is not stays, and two instances on one database purge once. Each test runs on a day of its own,
 * as the claim is per day.
 */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=purge-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
@ExtendWith(OutputCaptureExtension.class)
class RetentionPurgeIntegrationTest {

  private static final String LESSON = "Snakk med gruppelederne før saken sendes ut.";
  private static final String SECRET = "Ordføreren var sint på meg i dag.";

  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired Reflections reflections;
  @Autowired Conversations conversations;
  @Autowired DigestPosts digests;
  @Autowired Nudges nudges;
  @Autowired AuditLog audit;
  @Autowired Meetings meetings;
  @Autowired Follows follows;
  @Autowired RetentionPolicies policies;
  @Autowired PurgeRuns runs;
  @Autowired MongoTemplate mongo;

  /**
   * The purge claims one run per day in the database: a second run of this class in the same JVM
   * (IndexCoverageIntegrationTest reruns the scenarios on the cached context) starts from empty
   * collections, their indexes kept.
   */
  @BeforeEach
  void emptyCollections() {
    for (String collection : mongo.getCollectionNames()) {
      mongo.getCollection(collection).deleteMany(new Document());
    }
  }

  @Test
  void deletesWhatIsDueAndKeepsWhatIsNot(CapturedOutput output) {
    Instant now = Instant.parse("2030-03-04T01:00:00Z");
    TenantId tenant = tenant(now);
    // Archived digests are kept five years here, so the old named line must go on its own.
    policies.save(new RetentionPolicy(tenant, 24, 60, 6, 60));
    Leader kari = leader(tenant, "Kari Nordmann", now);
    Leader ola = leader(tenant, "Ola Hansen", now);
    Reflection oldNamed = completed(kari, ShareChoice.NAMED, LESSON, months(now, 25));
    Reflection recent = completed(kari, ShareChoice.PRIVATE, "Nylig.", months(now, 1));
    Reflection olasOnly = completed(ola, ShareChoice.PRIVATE, SECRET, months(now, 30));
    conversations.save(ConversationState.idle(ola.id()).withActiveReflection(olasOnly.id()));
    conversations.save(ConversationState.idle(kari.id()));
    String unreadable = unreadableReflection(tenant, months(now, 40));
    archive(tenant, "2028-W05", months(now, 25), "• " + LESSON + " (Kari Nordmann, kommunalsjef)");
    archive(tenant, "2025-W05", months(now, 61), "• Gammel lærdom (anonymt, en leder)");
    Nudge oldSent = nudge(tenant, kari, "2029-W01", months(now, 7), NudgeStatus.SENT);
    Nudge recentSent = nudge(tenant, kari, "2030-W05", months(now, 2), NudgeStatus.SENT);
    Nudge oldPlanned = nudge(tenant, kari, "2029-W02", months(now, 8), NudgeStatus.PLANNED);
    audit.record(entry(tenant, kari, months(now, 61)));
    audit.record(entry(tenant, kari, months(now, 12)));

    Optional<List<Purged>> purged = purger("a", now).purgeIfDue();

    assertThat(purged).isPresent();
    assertThat(countsOf(purged.get(), tenant)).isEqualTo(new Counts(2, 1, 1, 1, 1));
    assertThat(reflections.findById(oldNamed.id())).isEmpty();
    assertThat(reflections.findById(olasOnly.id())).isEmpty();
    assertThat(reflections.findById(recent.id())).isPresent();
    assertThat(conversations.find(ola.id())).isEmpty();
    assertThat(conversations.find(kari.id())).isPresent();
    List<ArchivedDigest> kept = digests.archive(tenant, 10);
    assertThat(kept).extracting(ArchivedDigest::week).containsExactly("2028-W05");
    assertThat(kept.get(0).sections()).isEmpty();
    assertThat(mongo.findById(oldSent.id(), Document.class, MongoNudges.COLLECTION)).isNull();
    assertThat(mongo.findById(recentSent.id(), Document.class, MongoNudges.COLLECTION)).isNotNull();
    assertThat(mongo.findById(oldPlanned.id(), Document.class, MongoNudges.COLLECTION)).isNotNull();
    List<AuditEntry> trail = audit.about(kari.id());
    assertThat(trail).extracting(AuditEntry::at).containsExactly(months(now, 12));
    assertThat(purgeEntries(tenant))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.detail())
                    .isEqualTo("reflections=2 conversations=1 digests=1 nudges=1 audit=1"));
    // The unreadable one is named in the log by id and collection, and left alone.
    assertThat(mongo.findById(unreadable, Document.class, MongoReflections.COLLECTION)).isNotNull();
    assertThat(output.getOut())
        .contains("Skipped an unreadable document " + unreadable + " in reflections")
        .doesNotContain(SECRET)
        .doesNotContain("Hemmelig");
  }

  @Test
  void twoInstancesOnOneDatabasePurgeOnceADay() throws Exception {
    Instant now = Instant.parse("2030-05-06T01:00:00Z");
    TenantId tenant = tenant(now);
    Leader kari = leader(tenant, "Kari Nordmann", now);
    completed(kari, ShareChoice.PRIVATE, "Gammel.", months(now, 25));
    PurgeExpiredData a = purger("a", now);
    PurgeExpiredData b = purger("b", now);
    CyclicBarrier start = new CyclicBarrier(2);

    CompletableFuture<Optional<List<Purged>>> first = racing(a, start);
    CompletableFuture<Optional<List<Purged>>> second = racing(b, start);

    List<Optional<List<Purged>>> results = List.of(first.get(), second.get());
    assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
    assertThat(purgeEntries(tenant)).hasSize(1);
    assertThat(a.purgeIfDue()).isEmpty();
    assertThat(purger("b", now.plus(Duration.ofHours(20))).purgeIfDue()).isEmpty();

    Optional<List<Purged>> nextDay = purger("b", now.plus(Duration.ofDays(1))).purgeIfDue();

    assertThat(nextDay).isPresent();
    assertThat(countsOf(nextDay.get(), tenant)).isEqualTo(new Counts(0, 0, 0, 0, 0));
    assertThat(purgeEntries(tenant)).hasSize(2);
  }

  @Test
  void aPurgeWhoseInstanceDiedIsTakenOverWhenItsLeaseRunsOut() {
    Instant now = Instant.parse("2030-07-08T01:00:00Z");
    TenantId tenant = tenant(now);
    assertThat(runs.claim("purge|2030-07-08", now, Duration.ofHours(1), "died")).isTrue();

    assertThat(purger("b", now.plus(Duration.ofMinutes(30))).purgeIfDue()).isEmpty();
    Optional<List<Purged>> taken = purger("b", now.plus(Duration.ofMinutes(61))).purgeIfDue();

    assertThat(taken).isPresent();
    assertThat(purgeEntries(tenant)).hasSize(1);
  }

  private PurgeExpiredData purger(String instance, Instant at) {
    return new PurgeExpiredData(
        tenants,
        policies,
        runs,
        new PurgeExpiredData.Stores(leaders, reflections, conversations, digests, nudges, audit),
        new NudgeReasons(nudges, reflections, meetings, follows),
        new PurgeExpiredData.Settings(instance, Duration.ofHours(1)),
        Clock.fixed(at, ZoneOffset.UTC));
  }

  private static CompletableFuture<Optional<List<Purged>>> racing(
      PurgeExpiredData purger, CyclicBarrier start) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            start.await();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return purger.purgeIfDue();
        });
  }

  private static Counts countsOf(List<Purged> purged, TenantId tenant) {
    return purged.stream()
        .filter(p -> p.tenant().equals(tenant))
        .findFirst()
        .orElseThrow()
        .counts();
  }

  private List<AuditEntry> purgeEntries(TenantId tenant) {
    Query query =
        Query.query(
            Criteria.where("tenantId").is(tenant.value()).and("action").is(AuditEntry.PURGE));
    return mongo.find(query, AuditEntry.class, MongoAuditLog.COLLECTION);
  }

  private static Instant months(Instant now, int months) {
    return RetentionPolicy.cutoff(now, months).minus(Duration.ofHours(1));
  }

  private TenantId tenant(Instant now) {
    TenantId id = TenantId.random();
    tenants.save(new Tenant(id, "Lillevik", Language.NB, null, now));
    return id;
  }

  private Leader leader(TenantId tenant, String name, Instant now) {
    Leader leader =
        new Leader(
            LeaderId.random(),
            tenant,
            name,
            "Kommunalsjef",
            null,
            Language.NB,
            null,
            false,
            List.of(new ChatIdentity("web", "w", name)),
            now);
    leaders.save(leader);
    return leader;
  }

  private Reflection completed(Leader leader, ShareChoice share, String lesson, Instant at) {
    Reflection started =
        reflections.save(
            Reflection.start(
                leader.tenantId(), leader.id(), Phase.POST, "post", 1, null, null, "a", at));
    return reflections.save(
        started.completed(Answer.text("post.lesson", "LESSON", lesson, at), share, at));
  }

  /** A reflection stored by an older version, with a phase this one does not know. */
  private String unreadableReflection(TenantId tenant, Instant at) {
    String id = "broken-" + tenant.value();
    mongo.insert(
        new Document("_id", id)
            .append("tenantId", tenant.value())
            .append("leaderId", "nobody")
            .append("phase", "NO_SUCH_PHASE")
            .append("answers", List.of(new Document("text", "Hemmelig")))
            .append("updatedAt", java.util.Date.from(at)),
        MongoReflections.COLLECTION);
    return id;
  }

  private void archive(TenantId tenant, String week, Instant postedAt, String line) {
    String key = tenant.value() + "|" + week;
    digests.claim(key, postedAt, Duration.ofMinutes(5), "x");
    digests.finish(
        key,
        "x",
        "DELIVERED",
        new ArchivedDigest(
            tenant,
            week,
            "Ukesammendrag " + week,
            List.of(new DigestText.Section("Lærdommer", List.of(line))),
            null,
            null,
            postedAt));
  }

  private Nudge nudge(TenantId tenant, Leader leader, String week, Instant due, NudgeStatus s) {
    Nudge nudge = Nudge.followUp(tenant, leader.id(), week, due);
    nudges.plan(nudge);
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(nudge.id())),
        Update.update("status", s),
        MongoNudges.COLLECTION);
    return nudge;
  }

  private static AuditEntry entry(TenantId tenant, Leader leader, Instant at) {
    return new AuditEntry(
        java.util.UUID.randomUUID().toString(),
        tenant,
        leader.id(),
        AuditEntry.EXPORT,
        leader.id(),
        at,
        null,
        null,
        null,
        null,
        null);
  }
}
