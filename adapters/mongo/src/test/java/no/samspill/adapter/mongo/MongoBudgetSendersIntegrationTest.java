package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samspill.core.delivery.SharedBudgets;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What instances say of the platform budgets they send under, as the database keeps it. */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=budgets-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
class MongoBudgetSendersIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private static final Duration LEASE = Duration.ofSeconds(3);

  @Autowired SharedBudgets.Senders senders;
  @Autowired MongoTemplate mongo;

  private final String tenant = "teams/tenant/" + UUID.randomUUID();
  private final String workspace = "slack/" + UUID.randomUUID() + "/chat.postMessage";

  @Test
  void eachInstanceCountsTheOthersSendingUnderEachBudget() {
    senders.announce("a", Set.of(tenant, workspace), NOW.plus(LEASE), NOW);
    senders.announce("b", Set.of(tenant), NOW.plus(LEASE), NOW);

    Map<String, Integer> seenByC = senders.announce("c", Set.of(tenant), NOW.plus(LEASE), NOW);
    Map<String, Integer> seenByA =
        senders.announce("a", Set.of(tenant, workspace), NOW.plus(LEASE), NOW);

    assertThat(seenByC).containsEntry(tenant, 2).containsEntry(workspace, 1);
    assertThat(seenByA).containsEntry(tenant, 2).doesNotContainKey(workspace);
  }

  @Test
  void anInstanceThatSendsNothingMoreIsRemovedAndOneThatLapsedIsNotCounted() {
    String b = "b-" + UUID.randomUUID();
    senders.announce("a", Set.of(tenant), NOW.plus(LEASE), NOW);
    senders.announce(b, Set.of(tenant), NOW.plus(LEASE), NOW);
    senders.announce(b, Set.of(), NOW.plus(LEASE), NOW);

    assertThat(senders.announce("c", Set.of(tenant), NOW.plus(LEASE), NOW))
        .containsEntry(tenant, 1);
    assertThat(records(b)).isZero();
    assertThat(
            senders.announce("c", Set.of(tenant), NOW.plus(LEASE.multipliedBy(2)), NOW.plus(LEASE)))
        .as("a's word lapsed")
        .doesNotContainKey(tenant);
  }

  @Test
  void recordsOfInstancesLongGoneAreCleanedUp() {
    // A fresh instance's store: the shared bean's last clean-up may lie in this test's future.
    MongoBudgetSenders fresh = new MongoBudgetSenders(mongo);
    String gone = "gone-" + UUID.randomUUID();
    fresh.announce(gone, Set.of(tenant), NOW.plus(LEASE), NOW);
    Instant later = NOW.plus(Duration.ofHours(3));

    fresh.announce("d", Set.of(tenant), later.plus(LEASE), later);

    assertThat(records(gone)).isZero();
    assertThat(records("d")).isOne();
  }

  private long records(String instance) {
    return mongo
        .getCollection(MongoBudgetSenders.COLLECTION)
        .countDocuments(new Document("_id", instance));
  }
}
