package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samspill.core.ConcurrentChangeException;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.conversation.ConversationState;
import no.samspill.core.conversation.Conversations;
import no.samspill.core.conversation.DialogStep;
import no.samspill.core.conversation.OpenDialog;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Runs the storage ports against the embedded server, or against a real MongoDB when MONGODB_URI is
 * set; each run gets its own database.
 */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=adapter-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
class MongoStorageIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Autowired Leaders leaders;
  @Autowired Tenants tenants;
  @Autowired Cases cases;
  @Autowired Follows follows;
  @Autowired Reflections reflections;
  @Autowired Conversations conversations;
  @Autowired SchedulePolicies policies;
  @Autowired MongoTemplate mongo;
  @Autowired ServerTraits server;

  @Test
  void storesLeaderWithTypedIdsTimeZoneAndIdentities() {
    TenantId tenant = TenantId.random();
    ChatIdentity slack = new ChatIdentity("slack", "T1", "U1");
    Leader leader =
        new Leader(
            LeaderId.random(),
            tenant,
            "Kari",
            "Kommunalsjef",
            "Kari@Example.no",
            Language.NN,
            ZoneId.of("America/New_York"),
            true,
            List.of(slack),
            NOW);
    leaders.save(leader);

    Leader read = leaders.findById(leader.id()).orElseThrow();

    assertThat(read).isEqualTo(leader);
    assertThat(leaders.findByEmail(tenant, "kari@example.no")).contains(leader);
    assertThat(leaders.findByTenant(tenant)).containsExactly(leader);
  }

  @Test
  void readsABatchOfLeadersByIdOnceEachWhicheverWayTheServerServesIt() {
    TenantId tenant = TenantId.random();
    List<Leader> stored = new ArrayList<>();
    for (String name : List.of("Kari", "Ola", "Per")) {
      Leader leader =
          new Leader(
              LeaderId.random(),
              tenant,
              name,
              null,
              null,
              Language.NB,
              null,
              false,
              List.of(),
              NOW);
      leaders.save(leader);
      stored.add(leader);
    }
    LeaderId gone = LeaderId.random();

    Map<LeaderId, Leader> read =
        leaders.findAllById(
            List.of(stored.get(0).id(), gone, stored.get(2).id(), stored.get(0).id()));

    assertThat(read).containsOnlyKeys(stored.get(0).id(), stored.get(2).id());
    assertThat(read.get(stored.get(2).id())).isEqualTo(stored.get(2));
    // CI's second run points MONGODB_URI at FerretDB and says so; there ids are read one by one.
    boolean ferretDb =
        System.getenv("MONGODB_URI") != null && System.getenv("SAMSPILL_TEST_FERRETDB") != null;
    assertThat(server.scansIdLists()).isEqualTo(ferretDb);
  }

  @Test
  void linksAnIdentityOrWorkspaceOnceAndReturnsTheFirstOwner() {
    ChatIdentity identity = new ChatIdentity("teams", "tenant-a", "aad-" + LeaderId.random());
    LeaderId first = LeaderId.random();
    LeaderId second = LeaderId.random();

    assertThat(leaders.linkIdentity(identity, first)).isEqualTo(first);
    assertThat(leaders.linkIdentity(identity, second)).isEqualTo(first);
    assertThat(leaders.findByIdentity(identity)).contains(first);

    ChatWorkspace workspace = new ChatWorkspace("slack", "T-" + LeaderId.random());
    TenantId a = TenantId.random();
    assertThat(tenants.linkWorkspace(workspace, a)).isEqualTo(a);
    assertThat(tenants.linkWorkspace(workspace, TenantId.random())).isEqualTo(a);
  }

  @Test
  void refusesAReflectionWriteBasedOnAStaleVersion() {
    Reflection fresh =
        Reflection.start(
            TenantId.random(), LeaderId.random(), Phase.POST, "post", 1, null, null, "ask1", NOW);
    Reflection stored = reflections.save(fresh);
    Reflection answered =
        reflections.save(stored.answered(Answer.scale("post.trust", null, 4, NOW), "ask2", NOW));

    assertThatThrownBy(
            () ->
                reflections.save(
                    stored.answered(Answer.scale("post.trust", null, 2, NOW), "ask3", NOW)))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThatThrownBy(() -> reflections.save(fresh)).isInstanceOf(ConcurrentChangeException.class);

    Reflection read = reflections.findById(fresh.id()).orElseThrow();
    assertThat(read.answers()).extracting(Answer::scale).containsExactly(4);
    assertThat(read.openAskedId()).isEqualTo("ask2");
    assertThat(read.version()).isEqualTo(answered.version());
  }

  @Test
  void listsReflectionsNewestFirstAndDeletesOneOrOnlyTheLeaders() {
    TenantId tenant = TenantId.random();
    LeaderId leader = LeaderId.random();
    LeaderId other = LeaderId.random();
    Reflection older =
        Reflection.start(
            tenant, leader, Phase.PRE, "pre", 1, null, null, "a", NOW.minusSeconds(60));
    Reflection newer =
        Reflection.start(tenant, leader, Phase.POST, "post", 1, null, null, "b", NOW);
    Reflection theirs =
        Reflection.start(tenant, other, Phase.POST, "post", 1, null, null, "c", NOW);
    List.of(older, newer, theirs).forEach(reflections::save);

    assertThat(reflections.findByLeader(leader, 10))
        .extracting(Reflection::id)
        .containsExactly(newer.id(), older.id());
    reflections.delete(older.id());
    assertThat(reflections.findById(older.id())).isEmpty();
    assertThat(reflections.deleteByLeader(leader)).isEqualTo(1);
    assertThat(reflections.findByLeader(leader, 10)).isEmpty();
    assertThat(reflections.findByLeader(other, 10)).hasSize(1);
  }

  @Test
  void findsACaseOnlyWithinItsTenant() {
    TenantId tenant = TenantId.random();
    PoliticalCase politicalCase =
        new PoliticalCase(
            CaseId.random(),
            tenant,
            "Skolebruksplan",
            "2026/1",
            LeaderId.random(),
            List.of(),
            null,
            NOW);
    cases.save(politicalCase);

    assertThat(cases.findById(tenant, politicalCase.id())).contains(politicalCase);
    assertThat(cases.findById(TenantId.random(), politicalCase.id())).isEmpty();
  }

  @Test
  void findsTheCasesTreatedInAMeetingAndTheFollowersOfABodyWithinTheTenant() {
    TenantId tenant = TenantId.random();
    MeetingId meeting = MeetingId.random();
    BodyId body = BodyId.random();
    PoliticalCase treated = aCase(tenant, List.of(MeetingId.random(), meeting));
    cases.save(treated);
    cases.save(aCase(tenant, List.of(MeetingId.random())));
    cases.save(aCase(TenantId.random(), List.of(meeting)));
    Following follower =
        new Following(tenant, LeaderId.random(), Set.of(BodyId.random(), body), true);
    follows.save(follower);
    follows.save(new Following(tenant, LeaderId.random(), Set.of(BodyId.random()), true));
    follows.save(new Following(TenantId.random(), LeaderId.random(), Set.of(body), true));

    assertThat(cases.findByMeeting(tenant, meeting)).containsExactly(treated);
    assertThat(follows.findByBody(tenant, body)).containsExactly(follower);
  }

  private static PoliticalCase aCase(TenantId tenant, List<MeetingId> meetings) {
    return new PoliticalCase(
        CaseId.random(), tenant, "Sak", "2026/2", LeaderId.random(), meetings, null, NOW);
  }

  @Test
  void keepsConversationStateWithItsDialogAndHeldAnswerAndRefusesAStaleWrite() {
    LeaderId leader = LeaderId.random();
    ConversationState first =
        conversations.save(
            ConversationState.idle(leader)
                .withDialog(
                    new OpenDialog(
                        "abc", DialogStep.NEW_CASE_NUMBER, java.util.Map.of("title", "Budsjett")))
                .holding(new ConversationState.Held("ab12", "Jeg snakket med Per Hansen.")));

    assertThat(conversations.find(leader)).contains(first);
    conversations.save(first.withDialog(null));
    assertThatThrownBy(() -> conversations.save(first))
        .isInstanceOf(ConcurrentChangeException.class);

    conversations.delete(leader);
    assertThat(conversations.find(leader)).isEmpty();
  }

  @Test
  void readsAPolicyStoredBeforeTheAnonymityThresholdExistedWithTheDefault() {
    TenantId tenant = TenantId.random();
    policies.save(SchedulePolicy.defaults(tenant).withAnonymityThreshold(5));
    assertThat(policies.of(tenant).anonymityThreshold()).isEqualTo(5);
    // A policy stored before the threshold existed has no such field.
    mongo.updateFirst(
        Query.query(Criteria.where("tenantId").is(tenant.value())),
        new Update().unset("anonymityThreshold"),
        MongoSchedulePolicies.COLLECTION);
    assertThat(policies.of(tenant).anonymityThreshold()).isEqualTo(3);
  }

  @Test
  void ofTwoWritersRacingFromTheSameVersionExactlyOneWins() throws Exception {
    LeaderId leader = LeaderId.random();
    ConversationState read = conversations.save(ConversationState.idle(leader));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 30; round++) {
        ConversationState base = read;
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Boolean>> writers = new ArrayList<>();
        for (String step : List.of("a" + round, "b" + round)) {
          writers.add(
              pool.submit(
                  () -> {
                    together.await();
                    try {
                      conversations.save(
                          base.withDialog(
                              new OpenDialog(step, DialogStep.NEW_CASE_NUMBER, Map.of())));
                      return true;
                    } catch (ConcurrentChangeException lost) {
                      return false;
                    }
                  }));
        }
        int won = 0;
        for (Future<Boolean> writer : writers) {
          won += writer.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(won).as("writers that won round " + round).isEqualTo(1);
        read = conversations.find(leader).orElseThrow();
        assertThat(read.version()).isEqualTo(base.version() + 1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
