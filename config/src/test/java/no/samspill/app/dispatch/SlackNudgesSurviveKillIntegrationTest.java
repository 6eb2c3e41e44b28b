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
import java.util.stream.Collectors;
import no.samspill.app.KillableApp;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.nudging.SendDueNudges;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly once on Slack when an instance dies mid-send: the real app dispatches due nudges from a
 * child JVM to a Slack that keeps its published pace, and is killed (SIGKILL) the moment Slack has
 * kept one of its messages, before Slack answers, so that message is out but not recorded. Another
 * instance on the same database takes the dead one's claims over when their lease lapses, reads the
 * leaders' DMs back and sends only what did not arrive: every part of every nudge reaches its
 * leader once.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SlackNudgesSurviveKillIntegrationTest {

  private static final int NUDGES = 30;

  /** Past the workspace's first burst, so earlier sends are still being recorded. */
  private static final int KILLED_AT_POST = 8;

  /**
   * A short lease, so the take-over comes within a minute. Start-up checks it outlasts the longest
   * delivery by 30 s: here the 30 s any platform may take, as a Slack nudge's three parts of (1 s
   * retry wait + 2 s call) x 2 attempts take less.
   */
  private static final List<String> DELIVERY =
      List.of(
          "--samspill.slack.call-timeout=PT2S",
          "--samspill.slack.max-retry-wait=PT1S",
          "--samspill.slack.max-attempts=2",
          "--samspill.scheduling.lease=PT60S",
          "--samspill.sample-data.enabled=false");

  private static final JsonMapper json = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void aNudgeOutWhenItsSenderWasKilledIsNotSentAgainAndTheRestAreSentOnce() throws Exception {
    try (FakePacedSlack slack = new FakePacedSlack(SlackPlatform.WORKSPACE_RATE)) {
      SlackPlatform platform = new SlackPlatform(slack);
      List<String> settings = new ArrayList<>(platform.settings());
      settings.addAll(DELIVERY);
      // The instance that survives: in this JVM, its dispatch driven by the test.
      ConfigurableApplicationContext survivor = PacedDispatchBenchmark.start(1, settings).get(0);
      try {
        TenantId tenant = PacedDispatchBenchmark.seedTenant(survivor, platform, 0);
        Nudges nudges = survivor.getBean(Nudges.class);
        Instant due = Instant.now().minusSeconds(60);
        for (int i = 0; i < NUDGES; i++) {
          PacedDispatchBenchmark.seedLeader(survivor, platform, tenant, 0, "ukill" + i, due);
          nudges.plan(
              Nudge.planned(
                  tenant,
                  PacedDispatchBenchmark.leaderId("ukill" + i),
                  NudgeKind.REMINDER,
                  Phase.POST,
                  null,
                  new MeetingId("m-kill"),
                  due));
        }

        CompletableFuture<KillableApp> dying = new CompletableFuture<>();
        CountDownLatch killed = new CountDownLatch(1);
        slack.beforeAnswering(
            n -> {
              if (n == KILLED_AT_POST) {
                try {
                  dying.get(2, TimeUnit.MINUTES).kill();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                killed.countDown();
              }
            });
        List<String> child = new ArrayList<>(settings);
        child.addAll(
            List.of(
                "--spring.profiles.active=production",
                "--samspill.scheduling.enabled=true",
                "--samspill.mongodb.uri=" + uri(survivor),
                "--samspill.mongodb.database="
                    + survivor.getEnvironment().getProperty("samspill.mongodb.database")));
        try (KillableApp app = KillableApp.start(dir.resolve("killed.log"), child)) {
          dying.complete(app);
          assertThat(killed.await(2, TimeUnit.MINUTES))
              .as("the child reached post %d within two minutes", KILLED_AT_POST)
              .isTrue();
          assertThat(app.isAlive()).isFalse();
        }

        // The window this test is about: a message Slack has, of a nudge not recorded as sent.
        Set<String> arrived = keysPosted(slack);
        List<Nudge> sentByTheDead = nudges.find(tenant, NudgeStatus.SENT, NUDGES + 1);
        Set<String> recorded = sentByTheDead.stream().map(Nudge::id).collect(Collectors.toSet());
        Set<String> outButNotRecorded = new HashSet<>(arrived);
        outButNotRecorded.removeAll(recorded);
        assertThat(outButNotRecorded).as("nudges out but not recorded at the kill").isNotEmpty();
        assertThat(nudges.find(tenant, NudgeStatus.CLAIMED, NUDGES + 1))
            .as("the dead instance's claims")
            .extracting(Nudge::id)
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
        Map<String, Integer> copies = partsPosted(slack);
        assertThat(copies)
            .as("copies of each nudge's part (key#part) in Slack")
            .allSatisfy((part, n) -> assertThat(n).as(part).isEqualTo(1));
        assertThat(copies.keySet().stream().map(p -> p.split("#")[0]).collect(Collectors.toSet()))
            .as("nudges that reached Slack")
            .hasSize(NUDGES);
        for (int i = 0; i < NUDGES; i++) {
          assertThat(slack.posted(platform.inbox("ukill" + i)))
              .as("DM of leader %d", i)
              .isNotEmpty()
              .allSatisfy(m -> assertThat(m.metadata()).isNotNull());
        }
        System.out.printf(
            "%d nudges, killed at post %d; %d out but unrecorded then, each sent once in the end%n",
            NUDGES, KILLED_AT_POST, outButNotRecorded.size());
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

  private static Set<String> keysPosted(FakePacedSlack slack) {
    return partsPosted(slack).keySet().stream()
        .map(part -> part.split("#")[0])
        .collect(Collectors.toSet());
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
                    .map(SlackNudgesSurviveKillIntegrationTest::part)
                    .forEach(part -> copies.merge(part, 1, Integer::sum)));
    return copies;
  }

  private static String part(JsonNode payload) {
    return payload.get("key").asString() + "#" + payload.get("part").asString();
  }
}
