package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samspill.core.casework.CaseId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Nudges opened together (a platform that sends at once): their claims renewed and their outcomes
 * recorded for a whole batch in a constant number of round trips, each still conditional on its own
 * claim, so a nudge taken over by another instance is neither renewed nor recorded.
 */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=nudge-batches-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
@Import(CommandCounter.Counting.class)
class MongoNudgeBatchesIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Autowired Nudges nudges;
  @Autowired Reflections reflections;
  @Autowired CommandCounter commands;

  private final TenantId tenant = TenantId.random();

  @Test
  void aBatchIsRenewedAndRecordedInOneRoundTripEachWhateverItsSize() {
    for (int size : List.of(3, 60)) {
      List<Nudge> claimed = claimDue(size, "a#" + size);

      int before = commands.count();
      List<Nudge> held = nudges.holdAllForSending(claimed, NOW, LEASE);
      int holding = commands.count() - before;
      before = commands.count();
      var recorded = nudges.finishAll(sent(held));
      int recording = commands.count() - before;

      assertThat(held).hasSize(size).allSatisfy(n -> assertThat(n.sendingAt()).isEqualTo(NOW));
      assertThat(recorded).hasSize(size);
      assertThat(holding).as("round trips to renew %d claims", size).isEqualTo(1);
      assertThat(recording).as("round trips to record %d outcomes", size).isEqualTo(1);
    }
    assertThat(nudges.find(tenant, NudgeStatus.SENT, 100)).hasSize(63);
  }

  @Test
  void outcomesWithAsManyReasonsAsNudgesAreAllRecordedOnFerretDbToo() {
    // One statement each: more than FerretDB's PostgreSQL pool holds connections, in one bulk
    // write, never finished there; they go in chunks of twenty.
    List<Nudge> held = nudges.holdAllForSending(claimDue(60, "many#1"), NOW, LEASE);
    List<Nudges.Outcome> failed = new ArrayList<>();
    for (Nudge n : held) {
      failed.add(new Nudges.Outcome(n, NudgeStatus.FAILED, "unreachable: " + n.id(), NOW));
    }

    int before = commands.count();
    assertThat(nudges.finishAll(failed)).hasSize(60);

    assertThat(commands.count() - before).isEqualTo(3);
    assertThat(nudges.find(tenant, NudgeStatus.FAILED, 100))
        .hasSize(60)
        .allSatisfy(n -> assertThat(n.reason()).isEqualTo("unreachable: " + n.id()));
  }

  @Test
  void aNudgeTakenOverIsNeitherRenewedNorRecordedByItsEarlierHolder() {
    List<Nudge> slow = claimDue(5, "slow#1");
    // The slow holder's lease runs out; another instance claims one of what it held.
    Nudge quick =
        nudges.claimDue(NOW.plus(LEASE).plusSeconds(1), LEASE, "quick#1", 1).stream()
            .findFirst()
            .orElseThrow();
    Instant later = NOW.plus(LEASE).plusSeconds(2);

    List<Nudge> held = nudges.holdAllForSending(slow, later, LEASE);

    assertThat(held).hasSize(4).extracting(Nudge::id).doesNotContain(quick.id());
    assertThat(held).allSatisfy(n -> assertThat(n.leaseUntil()).isEqualTo(later.plus(LEASE)));
    // Its outcome recorded with the rest: the rest are recorded, the one taken over is not.
    assertThat(nudges.finishAll(sent(slow))).hasSize(4).doesNotContain(quick.id());
    assertThat(nudges.finish(quick, NudgeStatus.SENT, null, later)).isTrue();
    assertThat(nudges.find(tenant, NudgeStatus.SENT, 100))
        .hasSize(5)
        .filteredOn(n -> n.id().equals(quick.id()))
        .singleElement()
        .extracting(Nudge::claimedBy)
        .isEqualTo("quick#1");
  }

  @Test
  void theReflectionsOfSeveralLeadersAreReadTogetherNewestFirstAndAtMostTheLimitEach() {
    LeaderId busy = LeaderId.random();
    LeaderId quiet = LeaderId.random();
    LeaderId none = LeaderId.random();
    for (int i = 0; i < 5; i++) {
      reflections.save(reflection(busy, NOW.minusSeconds(i * 60L)));
    }
    reflections.save(reflection(quiet, NOW));

    int before = commands.count();
    Map<LeaderId, List<Reflection>> read = reflections.findByLeaders(List.of(busy, quiet, none), 3);

    assertThat(commands.count() - before).isEqualTo(1);
    assertThat(read.get(busy))
        .extracting(Reflection::startedAt)
        .containsExactly(NOW, NOW.minusSeconds(60), NOW.minusSeconds(120));
    assertThat(read.get(quiet)).hasSize(1);
    assertThat(read.getOrDefault(none, List.of())).isEmpty();
    // A leader with more than the cap lets each leader be read on its own, still exact.
    assertThat(reflections.findByLeaders(List.of(busy), 2).get(busy)).hasSize(2);
  }

  private Reflection reflection(LeaderId leader, Instant started) {
    return Reflection.start(
        tenant, leader, Phase.POST, "post", 1, CaseId.random(), null, null, started);
  }

  private List<Nudge> claimDue(int count, String claim) {
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Nudge nudge = PlannedNudges.dueAt(tenant, NOW.minusSeconds(10));
      nudges.plan(nudge);
      mine.add(nudge.id());
    }
    return nudges.claimDue(NOW, LEASE, claim, 1000).stream()
        .filter(n -> mine.contains(n.id()))
        .toList();
  }

  private static List<Nudges.Outcome> sent(List<Nudge> held) {
    return held.stream().map(n -> new Nudges.Outcome(n, NudgeStatus.SENT, null, NOW)).toList();
  }
}
