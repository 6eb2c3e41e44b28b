package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeScope;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The nudge store's promises: one document per key, one claimer per nudge, leases that expire. */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=nudges-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
@Import(CommandCounter.Counting.class)
class MongoNudgesIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Autowired Nudges nudges;
  @Autowired MongoTemplate mongo;
  @Autowired CommandCounter commands;
  @Autowired ServerTraits server;

  private final TenantId tenant = TenantId.random();

  private Nudge nudge(LeaderId leader, MeetingId meeting, Instant due) {
    return Nudge.planned(
        tenant, leader, NudgeKind.CASE_FLOW, Phase.POST, CaseId.random(), meeting, due);
  }

  @Test
  void planningTheSameKeyTwiceKeepsOneNudgeAndMovesItsDueTime() {
    LeaderId leader = LeaderId.random();
    MeetingId meeting = MeetingId.random();
    Nudge first = nudge(leader, meeting, NOW.plusSeconds(3600));
    Nudge moved =
        Nudge.planned(
            tenant,
            leader,
            NudgeKind.CASE_FLOW,
            Phase.POST,
            first.caseId(),
            meeting,
            NOW.plusSeconds(7200));

    nudges.plan(first);
    nudges.plan(moved);

    assertThat(nudges.upcoming(leader, NOW, 10))
        .singleElement()
        .extracting(Nudge::dueAt)
        .isEqualTo(NOW.plusSeconds(7200));
  }

  @Test
  void aClaimedOrSentNudgeIsNeverMovedOrClaimedAgain() {
    LeaderId leader = LeaderId.random();
    Nudge due = nudge(leader, MeetingId.random(), NOW.minusSeconds(10));
    nudges.plan(due);
    Nudge claimed = claimMine(due.id(), NOW, "a");

    nudges.plan(due);
    assertThat(nudges.find(tenant, NudgeStatus.CLAIMED, 10))
        .extracting(Nudge::id)
        .contains(due.id());
    assertThat(nudges.finish(claimed, NudgeStatus.SENT, null, NOW)).isTrue();
    nudges.plan(due);

    assertThat(nudges.claimDue(NOW.plus(LEASE).plusSeconds(1), LEASE, "b", 100))
        .extracting(Nudge::id)
        .doesNotContain(due.id());
    assertThat(nudges.find(tenant, NudgeStatus.SENT, 10)).extracting(Nudge::id).contains(due.id());
  }

  @Test
  void aHolderWhoseLeaseWasTakenOverCanNeitherSendNorRecord() {
    Nudge due = nudge(LeaderId.random(), MeetingId.random(), NOW.minusSeconds(10));
    nudges.plan(due);
    Nudge slow = claimMine(due.id(), NOW, "a#1");
    Nudge taker = claimMine(due.id(), NOW.plus(LEASE).plusSeconds(1), "b#1");

    assertThat(nudges.holdForSending(slow, NOW.plus(LEASE).plusSeconds(2), LEASE)).isEmpty();
    assertThat(nudges.finish(slow, NudgeStatus.SENT, null, NOW)).isFalse();
    Instant sending = NOW.plus(LEASE).plusSeconds(3);
    Nudge held = nudges.holdForSending(taker, sending, LEASE).orElseThrow();

    assertThat(held.sendingAt()).isEqualTo(sending);
    assertThat(held.leaseUntil()).isEqualTo(sending.plus(LEASE));
    assertThat(nudges.finish(taker, NudgeStatus.SENT, null, sending)).isTrue();
  }

  @Test
  void aTakeOverSeesThatAnEarlierHolderBeganSending() {
    Nudge due = nudge(LeaderId.random(), MeetingId.random(), NOW.minusSeconds(10));
    nudges.plan(due);
    Nudge dead = claimMine(due.id(), NOW, "a#1");
    nudges.holdForSending(dead, NOW, LEASE).orElseThrow();

    Nudge taker = claimMine(due.id(), NOW.plus(LEASE).plusSeconds(1), "b#1");

    assertThat(taker.sendingAt()).isEqualTo(NOW);
    assertThat(taker.attempts()).isEqualTo(2);
  }

  @Test
  void aReleasedClaimIsPlannedAgainWithItsAttemptUndone() {
    Nudge due = nudge(LeaderId.random(), MeetingId.random(), NOW.minusSeconds(10));
    nudges.plan(due);
    Nudge claimed = claimMine(due.id(), NOW, "a#1");

    assertThat(nudges.release(claimed)).isTrue();

    Nudge again = claimMine(due.id(), NOW, "b#1");
    assertThat(again.attempts()).isEqualTo(1);
    assertThat(again.sendingAt()).isNull();
  }

  @Test
  void twoClaimersRacingForTheSameNudgesGetEachExactlyOnce() throws Exception {
    LeaderId leader = LeaderId.random();
    for (int i = 0; i < 200; i++) {
      nudges.plan(nudge(leader, MeetingId.random(), NOW.minusSeconds(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<List<Nudge>>> claimers = new ArrayList<>();
      for (String instance : List.of("a", "b")) {
        // Each with a store of its own, as two instances have: what one read ahead, the other took.
        Nudges store = new MongoNudges(mongo, server);
        claimers.add(() -> drain(store, instance));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<Nudge>> f : pool.invokeAll(claimers)) {
        f.get().forEach(n -> all.add(n.id()));
      }
      assertThat(all).hasSize(200).doesNotHaveDuplicates();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aBatchIsClaimedInFiveRoundTripsWhateverItsSize() {
    LeaderId leader = LeaderId.random();
    for (int i = 0; i < 150; i++) {
      nudges.plan(nudge(leader, MeetingId.random(), NOW.minusSeconds(i)));
    }
    // With the document locks every server but the embedded one needs; asked what it is first.
    ServerTraits locking = ServerTraits.of(mongo, false);
    boolean byIdEach = locking.scansIdLists();
    int before = commands.count();
    List<Nudge> claimed = new MongoNudges(mongo, locking).claimDue(NOW, LEASE, "a#1", 150);
    int roundTrips = commands.count() - before;

    assertThat(claimed).hasSize(150).allSatisfy(n -> assertThat(n.claimedBy()).isEqualTo("a#1"));
    // Oldest due first, as the candidates were sorted.
    assertThat(claimed).extracting(Nudge::dueAt).isSortedAccordingTo(Instant::compareTo);
    // Find due (they fill it), lock, update, read back, unlock; room left adds a find for expired.
    // FerretDB reads every planned nudge for an id list, so there the update goes by id, in bulk
    // writes of 20 statements (its connection pool bounds a bulk write).
    assertThat(roundTrips).isEqualTo(byIdEach ? 4 + 150 / 20 + 1 : 5);
  }

  @Test
  void aClaimWhoseLeaseRanOutIsClaimedAgainAndTheOldHolderCannotFinishIt() {
    Nudge due = nudge(LeaderId.random(), MeetingId.random(), NOW.minusSeconds(5));
    nudges.plan(due);
    Nudge byDeadInstance = claimMine(due.id(), NOW, "dead");

    Nudge reclaimed = claimMine(due.id(), NOW.plus(LEASE).plusSeconds(1), "alive");

    assertThat(reclaimed.claimedBy()).isEqualTo("alive");
    assertThat(reclaimed.attempts()).isEqualTo(2);
    assertThat(nudges.finish(byDeadInstance, NudgeStatus.SENT, null, NOW)).isFalse();
    assertThat(nudges.finish(reclaimed, NudgeStatus.SENT, null, NOW)).isTrue();
  }

  @Test
  void expiredLeasesFillTheRoomDueNudgesLeaveInABatch() {
    // The collection is shared by the class's tests: send what they left due first.
    Instant start = NOW.plus(Duration.ofDays(1));
    for (List<Nudge> left = nudges.claimDue(start, LEASE, "drain", 1000);
        !left.isEmpty();
        left = nudges.claimDue(start, LEASE, "drain", 1000)) {
      left.forEach(n -> nudges.finish(n, NudgeStatus.SENT, null, start));
    }
    Nudge orphan = nudge(LeaderId.random(), MeetingId.random(), start);
    nudges.plan(orphan);
    claimMine(orphan.id(), start.plusSeconds(1), "dead");
    Instant later = start.plus(LEASE).plusSeconds(2);
    List<Nudge> due = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      due.add(nudge(LeaderId.random(), MeetingId.random(), later.minusSeconds(i + 1)));
      nudges.plan(due.get(i));
    }

    List<Nudge> full = nudges.claimDue(later, LEASE, "first", 2);
    List<Nudge> rest = nudges.claimDue(later, LEASE, "second", 10);

    assertThat(full)
        .extracting(Nudge::id)
        .containsExactlyInAnyOrderElementsOf(due.stream().map(Nudge::id).toList());
    assertThat(rest).extracting(Nudge::id).containsExactly(orphan.id());
    assertThat(rest.get(0).attempts()).isEqualTo(2);
  }

  @Test
  void cancellingAMeetingCancelsOnlyItsPlannedNudgesAndTheCountOfPlannedOnesSaysSo() {
    LeaderId leader = LeaderId.random();
    MeetingId cancelled = MeetingId.random();
    MeetingId other = MeetingId.random();
    nudges.plan(nudge(leader, cancelled, NOW.plusSeconds(60)));
    nudges.plan(nudge(leader, other, NOW.plusSeconds(120)));
    assertThat(nudges.countPlanned(tenant, List.of(cancelled, other))).isEqualTo(2);

    assertThat(nudges.cancelPlanned(tenant, cancelled, "meeting cancelled")).isEqualTo(1);
    assertThat(nudges.countPlanned(tenant, List.of(cancelled, other))).isEqualTo(1);
    assertThat(nudges.countPlanned(new TenantId("elsewhere"), List.of(other))).isZero();
    assertThat(nudges.upcoming(leader, NOW, 10)).hasSize(1);
    assertThat(nudges.find(tenant, NudgeStatus.CANCELLED, 10))
        .singleElement()
        .extracting(Nudge::reason)
        .isEqualTo("meeting cancelled");
  }

  @Test
  void aCasesNudgesAreFoundInEveryStateSoonestFirstAndOnlyInItsTenant() {
    LeaderId leader = LeaderId.random();
    CaseId budget = CaseId.random();
    Nudge post = withDue(flow(leader, budget, Phase.POST), NOW.plusSeconds(600));
    Nudge pre = withDue(flow(leader, budget, Phase.PRE), NOW.minusSeconds(60));
    nudges.plan(post);
    nudges.plan(pre);
    nudges.plan(flow(leader, CaseId.random(), Phase.PRE));
    nudges.claimDue(NOW, LEASE, "mine", 10).stream()
        .filter(n -> n.id().equals(pre.id()))
        .forEach(n -> nudges.finish(n, NudgeStatus.SENT, null, NOW));

    assertThat(nudges.findByCase(tenant, budget, 10))
        .extracting(Nudge::phase, Nudge::status)
        .containsExactly(
            tuple(Phase.PRE, NudgeStatus.SENT), tuple(Phase.POST, NudgeStatus.PLANNED));
    assertThat(nudges.findByCase(TenantId.random(), budget, 10)).isEmpty();
  }

  @Test
  void cancellingOneNudgeByKeyTouchesOnlyAStillPlannedOne() {
    LeaderId leader = LeaderId.random();
    Nudge planned = nudge(leader, MeetingId.random(), NOW.plusSeconds(60));
    Nudge claimed = nudge(leader, MeetingId.random(), NOW.minusSeconds(60));
    nudges.plan(planned);
    nudges.plan(claimed);
    nudges.claimDue(NOW, LEASE, "mine", 10);

    assertThat(nudges.cancelPlanned(planned.id(), "already reflected on")).isTrue();
    assertThat(nudges.cancelPlanned(planned.id(), "again")).isFalse();
    assertThat(nudges.cancelPlanned(claimed.id(), "too late")).isFalse();
    assertThat(nudges.find(tenant, NudgeStatus.CANCELLED, 10))
        .singleElement()
        .extracting(Nudge::reason)
        .isEqualTo("already reflected on");
    assertThat(nudges.find(tenant, NudgeStatus.CLAIMED, 10)).hasSize(1);
  }

  @Test
  void aReplanCancelsOnlyThePlannedNudgesInItsScopeThatItNoLongerYields() {
    LeaderId leader = LeaderId.random();
    CaseId replanned = CaseId.random();
    Nudge kept = flow(leader, replanned, Phase.POST);
    Nudge stale = flow(leader, replanned, Phase.PRE);
    Nudge otherCase = flow(leader, CaseId.random(), Phase.PRE);
    Nudge reminder = kept.reminder(NOW.plusSeconds(600));
    List.of(kept, stale, otherCase, reminder).forEach(nudges::plan);

    int cancelled =
        nudges.cancelPlannedExcept(
            NudgeScope.caseFlows(tenant, replanned), Set.of(kept.id()), "no longer applies");

    assertThat(cancelled).isEqualTo(1);
    assertThat(nudges.upcoming(leader, NOW, 10))
        .extracting(Nudge::id)
        .containsExactlyInAnyOrder(kept.id(), otherCase.id(), reminder.id());
    assertThat(nudges.find(tenant, NudgeStatus.CANCELLED, 10))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.id()).isEqualTo(stale.id());
              assertThat(n.reason()).isEqualTo("no longer applies");
            });
  }

  @Test
  void aNudgeWithdrawnBeforeAnyClaimIsPlannedAgainButOneCancelledAtSendingIsNot() {
    LeaderId leader = LeaderId.random();
    Nudge withdrawn = nudge(leader, MeetingId.random(), NOW.plusSeconds(3600));
    Nudge dropped = nudge(leader, MeetingId.random(), NOW.minusSeconds(10));
    nudges.plan(withdrawn);
    nudges.plan(dropped);
    nudges.cancelPlanned(tenant, withdrawn.meetingId(), "meeting cancelled");
    nudges.finish(
        claimMine(dropped.id(), NOW, "a"), NudgeStatus.CANCELLED, "already answered", NOW);

    nudges.plan(withDue(withdrawn, NOW.plusSeconds(7200)));
    nudges.plan(dropped);

    assertThat(nudges.upcoming(leader, NOW.minusSeconds(60), 10))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.id()).isEqualTo(withdrawn.id());
              assertThat(n.dueAt()).isEqualTo(NOW.plusSeconds(7200));
              assertThat(n.reason()).isNull();
            });
    assertThat(nudges.find(tenant, NudgeStatus.CANCELLED, 10))
        .extracting(Nudge::id)
        .containsExactly(dropped.id());
  }

  private Nudge flow(LeaderId leader, CaseId caseId, Phase phase) {
    return Nudge.planned(
        tenant,
        leader,
        NudgeKind.CASE_FLOW,
        phase,
        caseId,
        MeetingId.random(),
        NOW.plusSeconds(60));
  }

  private static Nudge withDue(Nudge nudge, Instant due) {
    return Nudge.planned(
        nudge.tenantId(),
        nudge.leaderId(),
        nudge.kind(),
        nudge.phase(),
        nudge.caseId(),
        nudge.meetingId(),
        due);
  }

  private List<Nudge> drain(Nudges store, String instance) {
    List<Nudge> mine = new ArrayList<>();
    List<Nudge> batch;
    do {
      batch = store.claimDue(NOW, LEASE, instance, 7);
      mine.addAll(batch);
    } while (!batch.isEmpty());
    return mine;
  }

  private Nudge claimMine(String id, Instant now, String instance) {
    return nudges.claimDue(now, LEASE, instance, 1000).stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(instance + " could not claim " + id));
  }
}
