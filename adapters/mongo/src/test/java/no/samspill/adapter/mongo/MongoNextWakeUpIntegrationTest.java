package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.samspill.core.directory.TenantId;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The next wake-up is the earliest planned nudge or expiring lease, however far ahead: it is looked
 * for within the hour, then two days, then without a limit.
 */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=wake-up-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
class MongoNextWakeUpIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Autowired Nudges nudges;
  @Autowired MongoTemplate mongo;

  private final TenantId tenant = TenantId.random();

  /** The database is this class's own, but IndexCoverageIntegrationTest runs the test again. */
  @BeforeEach
  void startEmpty() {
    mongo.remove(new Query(), MongoNudges.COLLECTION);
  }

  @Test
  void isTheEarliestPlannedNudgeOrLeaseWhateverHorizonItLiesIn() {
    isTheEarliestWhateverHorizon(nudges);
  }

  /** Where the server narrows no range (FerretDB), the horizons are UTC days, each an equality. */
  @Test
  void isTheEarliestWhateverDayItFallsOnWhereLookedForDayByDay() {
    isTheEarliestWhateverHorizon(new MongoNudges(mongo, ServerTraits.likeFerretDb(mongo)));
  }

  private void isTheEarliestWhateverHorizon(Nudges nudges) {
    assertThat(nudges.nextWakeUp()).isEmpty();

    plan(NOW.plus(40, ChronoUnit.DAYS));
    assertThat(nudges.nextWakeUp()).contains(NOW.plus(40, ChronoUnit.DAYS));
    plan(NOW.plus(3, ChronoUnit.DAYS));
    assertThat(nudges.nextWakeUp()).contains(NOW.plus(3, ChronoUnit.DAYS));
    plan(NOW.plus(1, ChronoUnit.DAYS));
    assertThat(nudges.nextWakeUp()).contains(NOW.plus(1, ChronoUnit.DAYS));
    plan(NOW.plus(10, ChronoUnit.MINUTES));
    assertThat(nudges.nextWakeUp()).contains(NOW.plus(10, ChronoUnit.MINUTES));
    plan(NOW.minus(5, ChronoUnit.MINUTES));
    assertThat(nudges.nextWakeUp()).contains(NOW.minus(5, ChronoUnit.MINUTES));

    // Claimed, it wakes the dispatcher again when its lease runs out, before the 10-minute one.
    assertThat(nudges.claimDue(NOW, Duration.ofMinutes(2), "wake-up#1", 10)).hasSize(1);
    assertThat(nudges.nextWakeUp()).contains(NOW.plus(2, ChronoUnit.MINUTES));
  }

  private void plan(Instant due) {
    // Planned through the bean: the document is the same whichever store reads it.
    nudges.plan(PlannedNudges.dueAt(tenant, due));
  }
}
