package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Where the server narrows no range beside an equality (FerretDB 1.x), due nudges are looked for on
 * yesterday's and today's UTC day, and every ten minutes among all: none is left behind, whether
 * overdue since before yesterday or stored before nudges carried their day.
 */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=day-by-day-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
class DayByDayClaimsIntegrationTest {

  /** Noon UTC, so that a minute either side is the same day whenever the test runs. */
  private static final Instant NOW =
      Instant.now().truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);

  private static final Duration LEASE = Duration.ofMinutes(2);

  @Autowired Nudges nudges;
  @Autowired MongoTemplate mongo;

  private final TenantId tenant = TenantId.random();

  /** The database is this class's own, but IndexCoverageIntegrationTest runs the test again. */
  @BeforeEach
  void startEmpty() {
    mongo.remove(new Query(), MongoNudges.COLLECTION);
  }

  @Test
  void aClaimTakesYesterdaysAndTodaysDueNudgesAndTheSweepTheOlderOnesAndThoseWithoutADay() {
    Nudges dayByDay = new MongoNudges(mongo, ServerTraits.likeFerretDb(mongo));
    // The first claim of an instance looks at every due nudge; nothing is due yet.
    assertThat(dayByDay.claimDue(NOW, LEASE, "start", 10)).isEmpty();
    Nudge today = plan(NOW.minus(1, ChronoUnit.MINUTES));
    Nudge yesterday = plan(NOW.minus(1, ChronoUnit.DAYS));
    Nudge lastWeek = plan(NOW.minus(7, ChronoUnit.DAYS));
    Nudge withoutDay = plan(NOW.minus(2, ChronoUnit.HOURS));
    mongo.updateFirst(
        Query.query(where("_id").is(withoutDay.id())),
        new Update().unset(MongoNudges.DUE_DAY),
        MongoNudges.COLLECTION);

    Instant aMinuteLater = NOW.plus(1, ChronoUnit.MINUTES);
    List<Nudge> byDay = dayByDay.claimDue(aMinuteLater, LEASE, "by-day", 10);
    // Sent, so that their leases do not run out before the sweep.
    byDay.forEach(n -> dayByDay.finish(n, NudgeStatus.SENT, null, aMinuteLater));
    Instant atTheSweep = NOW.plus(MongoNudgeClaims.SWEEP_EVERY);
    List<Nudge> swept = dayByDay.claimDue(atTheSweep, LEASE, "sweep", 10);

    assertThat(byDay).extracting(Nudge::id).containsExactly(yesterday.id(), today.id());
    assertThat(swept).extracting(Nudge::id).containsExactly(lastWeek.id(), withoutDay.id());
  }

  @Test
  void aNudgeMovedToAnotherDayIsLookedForOnItsNewDay() {
    Nudges dayByDay = new MongoNudges(mongo, ServerTraits.likeFerretDb(mongo));
    assertThat(dayByDay.claimDue(NOW, LEASE, "start", 10)).isEmpty();
    Nudge moved = PlannedNudges.dueAt(tenant, NOW.plus(30, ChronoUnit.DAYS));
    nudges.plan(moved);
    // Planned again under its key, due now: the store moves it, its day with it.
    nudges.plan(
        Nudge.planned(
            moved.tenantId(),
            moved.leaderId(),
            moved.kind(),
            moved.phase(),
            moved.caseId(),
            moved.meetingId(),
            NOW.minus(1, ChronoUnit.MINUTES)));

    assertThat(dayByDay.claimDue(NOW.plus(1, ChronoUnit.MINUTES), LEASE, "by-day", 10))
        .extracting(Nudge::id)
        .containsExactly(moved.id());
  }

  private Nudge plan(Instant due) {
    Nudge nudge = PlannedNudges.dueAt(tenant, due);
    nudges.plan(nudge);
    return nudge;
  }
}
