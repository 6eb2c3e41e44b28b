package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How an instance finds the nudges it claims: candidates read a few batches ahead, taken by the
 * claims that follow for a moment, and locks left by an instance that died.
 */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=nudge-claims-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
@Import(CommandCounter.Counting.class)
class MongoNudgeClaimsIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Autowired Nudges nudges;
  @Autowired MongoTemplate mongo;
  @Autowired CommandCounter commands;
  @Autowired ServerTraits server;

  private final TenantId tenant = TenantId.random();

  /** The database is this class's own, but IndexCoverageIntegrationTest runs the test again. */
  @BeforeEach
  void startEmpty() {
    mongo.remove(new Query(), MongoNudges.COLLECTION);
    mongo.remove(new Query(), DocumentLocks.COLLECTION);
  }

  @Test
  void theClaimsThatFollowTakeTheCandidatesTheFirstReadAheadAndNeverOneTwice() {
    LeaderId leader = LeaderId.random();
    List<String> planned = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Nudge due = nudge(leader, MeetingId.random(), NOW.minusSeconds(5_000 - i));
      nudges.plan(due);
      planned.add(due.id());
    }
    Nudges instance = new MongoNudges(mongo, server);
    List<Nudge> first = instance.claimDue(NOW, LEASE, "first", 10);
    int findsBefore = commands.count("find");
    List<Nudge> second = instance.claimDue(NOW, LEASE, "second", 10);
    int finds = commands.count("find") - findsBefore;

    assertThat(first).extracting(Nudge::id).containsExactlyElementsOf(planned.subList(0, 10));
    assertThat(second).extracting(Nudge::id).containsExactlyElementsOf(planned.subList(10, 20));
    // Only the read-back of what it got: the candidates came from the first claim's query.
    assertThat(finds).isEqualTo(1);

    // Another instance takes the next ten meanwhile: this one's read-ahead is stale, and its claim
    // asks the server again rather than answer that nothing is due.
    List<Nudge> other = new MongoNudges(mongo, server).claimDue(NOW, LEASE, "other", 10);
    List<Nudge> third = instance.claimDue(NOW, LEASE, "third", 10);

    assertThat(other).extracting(Nudge::id).containsExactlyElementsOf(planned.subList(20, 30));
    assertThat(third).extracting(Nudge::id).containsExactlyElementsOf(planned.subList(30, 40));
  }

  @Test
  void aNudgeFallingDueAfterTheReadAheadIsClaimedFirstOnceTheMomentHasPassed() {
    LeaderId leader = LeaderId.random();
    Instant start = NOW.plus(Duration.ofDays(3));
    for (int i = 0; i < 30; i++) {
      nudges.plan(nudge(leader, MeetingId.random(), start.minusSeconds(60 - i)));
    }
    Nudges instance = new MongoNudges(mongo, server);
    instance.claimDue(start, LEASE, "first", 5);
    // Falls due earlier than every candidate read ahead (a nudge moved forward, say).
    Nudge earlier = nudge(leader, MeetingId.random(), start.minusSeconds(3_600));
    nudges.plan(earlier);

    Instant moment = start.plus(CandidatesReadAhead.FOR);
    assertThat(instance.claimDue(moment, LEASE, "later", 5))
        .extracting(Nudge::id)
        .first()
        .isEqualTo(earlier.id());
  }

  @Test
  void aNudgeLockedByAnInstanceThatDiedIsClaimedOnceTheLockExpires() {
    Nudge due = nudge(LeaderId.random(), MeetingId.random(), NOW.minusSeconds(5));
    nudges.plan(due);
    // What an instance leaves behind when it dies between locking a nudge and claiming it.
    mongo.insert(
        new DocumentLocks.Lock(
            "lock-of-a-dead-instance",
            DocumentLocks.key(MongoNudges.COLLECTION, due.id()),
            NOW.plus(LEASE)),
        DocumentLocks.COLLECTION);

    // The locks every server but the embedded one needs (there a conditional update is atomic).
    Nudges locking = new MongoNudges(mongo, ServerTraits.of(mongo, false));
    assertThat(locking.claimDue(NOW, LEASE, "a", 1000))
        .extracting(Nudge::id)
        .doesNotContain(due.id());
    assertThat(locking.claimDue(NOW.plus(LEASE).plusSeconds(1), LEASE, "b", 1000))
        .extracting(Nudge::id)
        .contains(due.id());
  }

  private Nudge nudge(LeaderId leader, MeetingId meeting, Instant due) {
    return Nudge.planned(
        tenant, leader, NudgeKind.CASE_FLOW, Phase.POST, CaseId.random(), meeting, due);
  }
}
