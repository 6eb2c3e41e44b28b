package no.samspill.app.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import no.samspill.app.KillableApp;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.nudging.SendDueNudges;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a nudge's delivery promises when an instance dies mid-send, broken as the world would: the
 * real app dispatches due nudges from a child JVM to a platform fake that keeps the platform's
 * published pace, and is killed (SIGKILL) the moment the platform has kept one of its messages,
 * before it answers, so that message is out but not recorded. Another instance on the same database
 * takes the dead one's claims over when their lease lapses. On Slack it reads the leaders' DMs back
 * and sends only what did not arrive: every part of every nudge reaches its leader once. On Teams,
 * which gives a bot no way to read back, no nudge is lost and only those out but unrecorded at the
 * kill arrive twice (README, "What exactly once means").
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class NudgesSurviveKillIntegrationTest {

  private static final int NUDGES = 30;

  /** Past the platforms' first burst, so earlier sends are still being recorded. */
  private static final int KILLED_AT_POST = 8;

  /**
   * A short lease, so the take-over comes within a minute. Start-up checks it outlasts the longest
   * delivery by 30 s: here the 30 s any platform may take, as each platform's own (a few calls of
   * at most 2 s, 2 attempts, 1 s between them) is shorter.
   */
  private static final List<String> DELIVERY =
      List.of(
          "--samspill.slack.call-timeout=PT2S",
          "--samspill.slack.max-retry-wait=PT1S",
          "--samspill.slack.max-attempts=2",
          "--samspill.teams.retry.timeout=PT2S",
          "--samspill.teams.retry.max-backoff=PT1S",
          "--samspill.teams.retry.max-attempts=2",
          "--samspill.scheduling.lease=PT60S",
          "--samspill.sample-data.enabled=false");

  private static final JsonMapper json = JsonMapper.builder().build();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"slack", "teams"})
  void aNudgeOutWhenItsSenderWasKilledIsNeitherLostNorSentAgainWhereThePlatformCanTell(String name)
      throws Exception {
    try (FakePacedSlack slack = new FakePacedSlack(SlackPlatform.WORKSPACE_RATE);
        FakePacedBotConnector connector = new FakePacedBotConnector()) {
      BenchPlatform platform =
          name.equals("slack") ? new SlackPlatform(slack) : new TeamsPlatform(connector);
      List<String> settings = new ArrayList<>(platform.settings());
      settings.addAll(DELIVERY);
      // The instance that survives: in this JVM, its dispatch driven by the test.
      ConfigurableApplicationContext survivor = PacedDispatchBenchmark.start(1, settings).get(0);
      try {
        TenantId tenant = PacedDispatchBenchmark.seedTenant(survivor, platform, 0);
        Nudges nudges = survivor.getBean(Nudges.class);
        Instant due = Instant.now().minusSeconds(60);
        Map<LeaderId, String> inboxes = new HashMap<>();
        for (int i = 0; i < NUDGES; i++) {
          String user = "ukill" + i;
          LeaderId leader =
              PacedDispatchBenchmark.seedLeader(survivor, platform, tenant, 0, user, due);
          inboxes.put(leader, platform.inbox(user));
          nudges.plan(
              Nudge.planned(
                  tenant,
                  leader,
                  NudgeKind.REMINDER,
                  Phase.POST,
                  null,
                  new MeetingId("m-kill"),
                  due));
        }

        CompletableFuture<KillableApp> dying = new CompletableFuture<>();
        CountDownLatch killed = new CountDownLatch(1);
        IntConsumer killAtPost =
            n -> {
              if (n == KILLED_AT_POST) {
                try {
                  dying.get(2, TimeUnit.MINUTES).kill();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                killed.countDown();
              }
            };
        slack.beforeAnswering(killAtPost);
        connector.beforeAnswering(killAtPost);
        List<String> child = new ArrayList<>(settings);
        child.addAll(
            List.of(
                "--spring.profiles.active=production",
                "--samspill.scheduling.enabled=true",
                "--samspill.mongodb.uri=" + uri(survivor),
                "--samspill.mongodb.database="
                    + survivor.getEnvironment().getProperty("samspill.mongodb.database")));
        // Not waiting for it to be healthy: it sends what is due as soon as its context is up.
        try (KillableApp app = KillableApp.launch(dir.resolve(name + "-killed.log"), child)) {
          dying.complete(app);
          assertThat(killed.await(2, TimeUnit.MINUTES))
              .as("the child reached post %d within two minutes:%n%s", KILLED_AT_POST, app.tail())
              .isTrue();
          assertThat(app.isAlive()).isFalse();
        }

        // The window this test is about: a message the platform has, of a nudge not recorded sent.
        Map<LeaderId, Integer> atKill = new HashMap<>();
        inboxes.forEach((leader, inbox) -> atKill.put(leader, platform.received(inbox)));
        Set<LeaderId> reached = new HashSet<>();
        atKill.forEach(
            (leader, n) -> {
              if (n > 0) {
                reached.add(leader);
              }
            });
        Set<LeaderId> outButNotRecorded = new HashSet<>(reached);
        nudges.find(tenant, NudgeStatus.SENT, NUDGES + 1).stream()
            .map(Nudge::leaderId)
            .forEach(outButNotRecorded::remove);
        assertThat(outButNotRecorded).as("nudges out but not recorded at the kill").isNotEmpty();
        // Still claimed by the dead instance, or put back for a retry where its send timed out
        // (on a loaded machine the platform may answer after the timeout): never given up.
        List<Nudge> pending = new ArrayList<>(nudges.find(tenant, NudgeStatus.CLAIMED, NUDGES + 1));
        pending.addAll(nudges.find(tenant, NudgeStatus.PLANNED, NUDGES + 1));
        assertThat(pending)
            .as("the dead instance's claims and retries")
            .extracting(Nudge::leaderId)
            .containsAll(outButNotRecorded);

        // The survivor sends what is due whenever it wakes; the dead one's claims after the lease.
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (nudges.find(tenant, NudgeStatus.SENT, NUDGES + 1).size() < NUDGES
            && System.nanoTime() < deadline) {
          survivor.getBean(SendDueNudges.class).sendDue();
          Thread.sleep(1_000);
        }

        assertThat(nudges.find(tenant, NudgeStatus.SENT, NUDGES + 1))
            .as("nudges sent in the end")
            .hasSize(NUDGES);
        Map<LeaderId, Integer> received = new HashMap<>();
        inboxes.forEach((leader, inbox) -> received.put(leader, platform.received(inbox)));
        // One nudge's messages: the most the survivor sent a leader (a whole nudge of its own).
        int once =
            received.entrySet().stream()
                .mapToInt(e -> e.getValue() - atKill.get(e.getKey()))
                .max()
                .orElseThrow();
        assertThat(once).as("messages of one nudge").isPositive();
        int twice = 0;
        for (Map.Entry<LeaderId, Integer> leader : received.entrySet()) {
          boolean inWindow = outButNotRecorded.contains(leader.getKey());
          if (name.equals("slack") || !inWindow) {
            assertThat(leader.getValue()).as("messages to %s", leader.getKey()).isEqualTo(once);
          } else {
            assertThat(leader.getValue())
                .as("messages to %s", leader.getKey())
                .isBetween(once, 2 * once);
            twice += leader.getValue() > once ? 1 : 0;
          }
        }
        if (name.equals("slack")) {
          assertThat(partsPosted(slack))
              .as("copies of each nudge's part (key#part) in Slack")
              .hasSize(NUDGES * once)
              .allSatisfy((part, n) -> assertThat(n).as(part).isEqualTo(1));
        }
        System.out.printf(
            "%s: %d nudges, killed at post %d; %d out but unrecorded then, %d of them sent twice%n",
            name, NUDGES, KILLED_AT_POST, outButNotRecorded.size(), twice);
      } finally {
        survivor.close();
      }
    }
  }

  /** The survivor's database server: MONGODB_URI's, or the embedded one it started. */
  private static String uri(ConfigurableApplicationContext app) {
    String external = app.getEnvironment().getProperty("samspill.mongodb.uri");
    return external != null && !external.isBlank()
        ? external
        : "mongodb://127.0.0.1:" + app.getBean(MongoServer.class).getLocalAddress().getPort();
  }

  /** How many times Slack holds each part of each nudge, by "key#part", from the metadata. */
  private static Map<String, Integer> partsPosted(FakePacedSlack slack) {
    Map<String, Integer> copies = new HashMap<>();
    slack
        .posted()
        .values()
        .forEach(
            messages ->
                messages.stream()
                    .filter(m -> m.metadata() != null)
                    .map(m -> json.readTree(m.metadata()).get("event_payload"))
                    .map(NudgesSurviveKillIntegrationTest::part)
                    .forEach(part -> copies.merge(part, 1, Integer::sum)));
    return copies;
  }

  private static String part(JsonNode payload) {
    return payload.get("key").asString() + "#" + payload.get("part").asString();
  }
}
