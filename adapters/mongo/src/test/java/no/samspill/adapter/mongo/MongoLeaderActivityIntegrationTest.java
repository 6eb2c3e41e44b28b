package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Leaders' last activity on the embedded server or MONGODB_URI's: a later time wins whatever order
 * the writes come in, a tenant's marks are one read, and the marks of data stored before they
 * existed are filled in from the newest answers.
 */
@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=activity-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
@Import(CommandCounter.Counting.class)
class MongoLeaderActivityIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Autowired LeaderActivity activity;
  @Autowired Reflections reflections;
  @Autowired TenantErasure erasure;
  @Autowired MongoTemplate mongo;
  @Autowired CommandCounter commands;

  private final TenantId tenant = TenantId.random();

  @Test
  void aLaterTimeWinsWhateverOrderTheWritesComeIn() {
    LeaderId leader = LeaderId.random();

    activity.record(tenant, leader, NOW);
    activity.record(tenant, leader, NOW.minus(Duration.ofMinutes(7)));

    assertThat(activity.lastActive(tenant)).containsEntry(leader, NOW);

    activity.record(tenant, leader, NOW.plus(Duration.ofMinutes(6)));

    assertThat(activity.lastActive(tenant)).containsEntry(leader, NOW.plus(Duration.ofMinutes(6)));
  }

  @Test
  void aTenantsLeadersAreReadInOneRoundTripAndNoOtherTenantsAreAmongThem() {
    LeaderId kari = LeaderId.random();
    LeaderId ola = LeaderId.random();
    LeaderId elsewhere = LeaderId.random();
    activity.record(tenant, kari, NOW);
    activity.record(tenant, ola, NOW.minus(Duration.ofDays(3)));
    activity.record(TenantId.random(), elsewhere, NOW);

    int before = commands.count();
    var found = activity.lastActive(tenant);

    assertThat(commands.count() - before).isEqualTo(1);
    assertThat(found).containsOnlyKeys(kari, ola).containsEntry(ola, NOW.minus(Duration.ofDays(3)));
  }

  @Test
  void aForgottenLeaderAndAnErasedTenantLeaveNoMark() {
    LeaderId gone = LeaderId.random();
    LeaderId stays = LeaderId.random();
    activity.record(tenant, gone, NOW);
    activity.record(tenant, stays, NOW);

    activity.forget(gone);
    assertThat(activity.lastActive(tenant)).containsOnlyKeys(stays);

    erasure.erase(tenant);
    assertThat(activity.lastActive(tenant)).isEmpty();
    assertThat(mongo.count(new Query(), MongoLeaderActivity.COLLECTION))
        .as("no mark of the erased tenant by any key")
        .isEqualTo(
            mongo.find(new Query(), Document.class, MongoLeaderActivity.COLLECTION).stream()
                .filter(d -> !tenant.value().equals(d.get("tenantId")))
                .count());
  }

  @Test
  void earlierDataGivesEachLeaderTheTimeOfTheirNewestAnswerButNeverMovesAMarkBack() {
    LeaderId answered = LeaderId.random();
    LeaderId nudgedOnly = LeaderId.random();
    LeaderId activeSince = LeaderId.random();
    Instant newest = NOW.minus(Duration.ofDays(2));
    reflect(answered, NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(8)));
    reflect(answered, newest.minus(Duration.ofMinutes(3)), newest);
    reflect(nudgedOnly);
    reflect(activeSince, NOW.minus(Duration.ofDays(30)));
    activity.record(tenant, activeSince, NOW);

    LeaderActivityBackfill.fill(mongo);

    assertThat(activity.lastActive(tenant))
        .containsOnlyKeys(answered, activeSince)
        .containsEntry(answered, newest)
        .containsEntry(activeSince, NOW);
  }

  @Test
  void theFillWritesMoreMarksThanFerretDbHasConnectionsInBulkWritesItFinishes() {
    List<LeaderId> leaders = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      leaders.add(LeaderId.random());
      reflect(leaders.get(i), NOW.minus(Duration.ofDays(1)));
    }

    LeaderActivityBackfill.fill(mongo);

    assertThat(activity.lastActive(tenant)).containsOnlyKeys(leaders);
  }

  @Test
  void theFillRunsOnlyWhileNoMarkWasEverStored() {
    LeaderId leader = LeaderId.random();
    reflect(leader, NOW.minus(Duration.ofDays(1)));
    assertThat(mongo.collectionExists(MongoLeaderActivity.COLLECTION)).isTrue();

    LeaderActivityBackfill.run(mongo);

    assertThat(activity.lastActive(tenant)).isEmpty();
  }

  /** A private reflection of the leader's with one answer at each of {@code answeredAt}. */
  private void reflect(LeaderId leader, Instant... answeredAt) {
    Reflection r =
        Reflection.start(
            tenant,
            leader,
            Phase.AD_HOC,
            "ad-hoc",
            1,
            null,
            null,
            "asked-0",
            NOW.minus(Duration.ofDays(40)));
    for (int i = 0; i < answeredAt.length; i++) {
      r =
          r.answered(
              Answer.text("p" + i, null, "Privat tekst", answeredAt[i]),
              "asked-" + (i + 1),
              answeredAt[i]);
    }
    reflections.save(r);
  }
}
