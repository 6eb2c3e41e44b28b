package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Language;
import no.samspill.core.nudging.SendDueNudges;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application contexts on one database dispatch the same due nudges at once: each nudge goes
 * out exactly once. An instance that claims and dies leaves its nudges to the other after the
 * lease.
 */
class NudgeDispatchIntegrationTest {

  private static final int NUDGES = 1000;

  /** The sample municipality's own nudges fall due in working hours; these tests count theirs. */
  private static final String NO_SAMPLE_NUDGES = "samspill.sample-data.enabled=false";

  @TempDir Path dir;

  @Test
  void twoInstancesFiringTogetherSendEachDueNudgeExactlyOnce() throws Exception {
    String database = TestApp.newDatabase();
    RecordingChannel channel = new RecordingChannel();
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    Path data = dir.resolve("n.mv");
    // One embedded server (the first context's) serves both, as one MongoDB serves two instances.
    try (ConfigurableApplicationContext first =
            TestApp.start(data, database, clock, channel, NO_SAMPLE_NUDGES);
        ConfigurableApplicationContext second =
            TestApp.startOnServerOf(first, database, clock, channel)) {
      List<LeaderId> leaders = seedDueNudges(first, clock.instant(), NUDGES);

      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Integer>> runs = new ArrayList<>();
        for (ConfigurableApplicationContext app : List.of(first, second)) {
          runs.add(pool.submit(() -> app.getBean(SendDueNudges.class).sendDue()));
        }
        int handled = runs.get(0).get() + runs.get(1).get();
        assertThat(handled).isEqualTo(NUDGES);
      } finally {
        pool.shutdown();
      }

      assertThat(channel.recipients()).hasSize(NUDGES).doesNotHaveDuplicates();
      assertThat(channel.recipients()).containsExactlyInAnyOrderElementsOf(leaders);
      Nudges nudges = first.getBean(Nudges.class);
      assertThat(nudges.find(SampleData.TENANT, NudgeStatus.SENT, NUDGES + 1)).hasSize(NUDGES);
    }
  }

  @Test
  void nudgesClaimedByAnInstanceThatDiedAreSentOnceAfterTheLease() {
    String database = TestApp.newDatabase();
    RecordingChannel channel = new RecordingChannel();
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    try (ConfigurableApplicationContext app =
        TestApp.start(dir.resolve("d.mv"), database, clock, channel, NO_SAMPLE_NUDGES)) {
      seedDueNudges(app, clock.instant(), 20);
      Nudges nudges = app.getBean(Nudges.class);
      // A dead instance: it claimed eight nudges and never sent them.
      nudges.claimDue(clock.instant(), Duration.ofMinutes(2), "dead-instance", 8);
      SendDueNudges sender = app.getBean(SendDueNudges.class);

      assertThat(sender.sendDue()).isEqualTo(12);
      clock.advance(Duration.ofMinutes(3));
      assertThat(sender.sendDue()).isEqualTo(8);
      assertThat(sender.sendDue()).isZero();

      assertThat(channel.recipients()).hasSize(20).doesNotHaveDuplicates();
    }
  }

  @Test
  void aBatchAnInstanceDiedSendingIsSentAgainAfterTheLeaseSayingWhenItBegan() {
    RecordingChannel channel = new RecordingChannel();
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("o.mv"), TestApp.newDatabase(), clock, channel, NO_SAMPLE_NUDGES)) {
      Instant began = clock.instant();
      seedDueNudges(app, began, 30);
      Nudges nudges = app.getBean(Nudges.class);
      // Where a process killed on the at-once path leaves a batch: claimed, opened together (its
      // sending begun), no outcome recorded. The database is all that outlives the process.
      Duration lease = Duration.ofMinutes(2);
      List<Nudge> opened =
          nudges.holdAllForSending(
              nudges.claimDue(began, lease, "killed-instance#1", 10), began, lease);
      assertThat(opened).hasSize(10);
      SendDueNudges sender = app.getBean(SendDueNudges.class);

      assertThat(sender.sendDue()).isEqualTo(20);
      assertThat(channel.earlierAttempts()).isEmpty();
      clock.advance(Duration.ofMinutes(3));
      assertThat(sender.sendDue()).isEqualTo(10);

      // Nothing lost: every one sent and recorded; the platform is told which were begun before,
      // so one that can look back (Slack) skips what already arrived.
      assertThat(channel.recipients()).hasSize(30).doesNotHaveDuplicates();
      assertThat(channel.earlierAttempts())
          .containsOnlyKeys(opened.stream().map(Nudge::leaderId).toList())
          .allSatisfy((leader, at) -> assertThat(at).isEqualTo(began));
      assertThat(nudges.find(SampleData.TENANT, NudgeStatus.SENT, 31)).hasSize(30);
      assertThat(nudges.find(SampleData.TENANT, NudgeStatus.CLAIMED, 31)).isEmpty();
    }
  }

  @Test
  void anOverdueNudgeStillGoesOutButAStaleOneExpiresWithItsReason() {
    RecordingChannel channel = new RecordingChannel();
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("s.mv"), TestApp.newDatabase(), clock, channel, NO_SAMPLE_NUDGES)) {
      Instant now = clock.instant();
      LeaderId overdue = seedDueNudges(app, now.minus(Duration.ofDays(2)), 1).get(0);
      seedDueNudges(app, now.minus(Duration.ofDays(4)), 1);

      app.getBean(SendDueNudges.class).sendDue();

      assertThat(channel.recipients()).containsExactly(overdue);
      assertThat(app.getBean(Nudges.class).find(SampleData.TENANT, NudgeStatus.EXPIRED, 5))
          .singleElement()
          .satisfies(n -> assertThat(n.reason()).startsWith("stale"));
    }
  }

  /** Leaders reachable on the recording channel, each with one due reminder. */
  private static List<LeaderId> seedDueNudges(
      ConfigurableApplicationContext app, Instant due, int count) {
    Leaders leaders = app.getBean(Leaders.class);
    Nudges nudges = app.getBean(Nudges.class);
    List<LeaderId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LeaderId id = LeaderId.random();
      ChatIdentity identity =
          new ChatIdentity(RecordingChannel.NAME, SampleData.TENANT.value(), id.value());
      leaders.save(
          new Leader(
              id,
              SampleData.TENANT,
              "Leder " + i,
              null,
              null,
              Language.NB,
              null,
              false,
              List.of(identity),
              due));
      nudges.plan(
          Nudge.planned(SampleData.TENANT, id, NudgeKind.REMINDER, Phase.POST, null, null, due));
      ids.add(id);
    }
    return ids;
  }
}
