package no.samspill.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static no.samspill.app.slack.SlackFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import no.samspill.app.TestApp;
import no.samspill.app.TestDatabase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.nudging.SendDueNudges;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.NudgeStatus;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.Test;

/**
 * A rolling update while nudges go out over Slack: the old instance is shut down (its Spring
 * context closed) in the middle of a batch paced by the workspace's budget. Its sends already on
 * their way finish and are recorded; the claims it had not opened are handed back at once, so the
 * new instance sends them straight away although the lease is ten minutes; nobody gets one twice.
 */
class RollingRestartDuringDispatchIntegrationTest {

  private static final int NUDGES = 16;
  private static final TenantId TENANT = TenantId.random();
  private static final String LONG_LEASE = "samspill.scheduling.lease=PT10M";

  @Test
  void shuttingDownMidBatchHandsBackItsClaimsAtOnceAndFinishesWhatItWasSending() throws Exception {
    try (TestDatabase database = TestDatabase.start()) {
      List<String> sameDatabase =
          List.of(
              "samspill.slack.bot-token=xoxb-test",
              "samspill.mongodb.uri=mongodb://127.0.0.1:" + database.address().getPort(),
              "samspill.mongodb.database=" + TestApp.newDatabase(),
              "samspill.scheduling.enabled=false",
              "samspill.sample-data.enabled=false",
              LONG_LEASE,
              // Four messages a second for the workspace, each taking a quarter second to answer:
              // a batch of sixteen is still going out when the old instance stops.
              "samspill.slack.workspace-rate=4",
              "samspill.slack.workspace-burst=1");
      try (SlackFixture old =
              SlackFixture.startWith(
                  sameDatabase, RollingRestartDuringDispatchIntegrationTest::slowPosts);
          SlackFixture next = SlackFixture.startWith(sameDatabase)) {
        List<Leader> leaders = dueNudges(old);
        leaders.forEach(l -> next.dm(user(l)));

        CompletableFuture<Integer> run =
            CompletableFuture.supplyAsync(() -> old.bean(SendDueNudges.class).sendDue());
        eventually(() -> old.calls("chat.postMessage").size(), sent -> sent >= 3);
        old.app.close();

        // Closing returned after the old run ended: nothing it claimed is left under its lease.
        assertThat(run).isDone();
        List<Nudge> sentByOld = nudges(next, NudgeStatus.SENT);
        assertThat(nudges(next, NudgeStatus.CLAIMED)).isEmpty();
        assertThat(sentByOld).hasSize(old.calls("chat.postMessage").size()).hasSizeLessThan(NUDGES);
        assertThat(nudges(next, NudgeStatus.PLANNED))
            .hasSize(NUDGES - sentByOld.size())
            .allSatisfy(n -> assertThat(n.attempts()).isZero());

        int sentByNext = next.bean(SendDueNudges.class).sendDue();

        assertThat(sentByNext).isEqualTo(NUDGES - sentByOld.size());
        assertThat(nudges(next, NudgeStatus.SENT)).hasSize(NUDGES);
        List<String> reached = new ArrayList<>();
        for (SlackFixture instance : List.of(old, next)) {
          instance.calls("chat.postMessage").stream()
              .map(c -> c.get("channel"))
              .forEach(reached::add);
        }
        assertThat(reached)
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(leaders.stream().map(l -> "D" + user(l)).toList());
      }
    }
  }

  /** The old instance's Slack answers each post after a quarter of a second. */
  private static void slowPosts(WireMockServer slack) {
    slack.stubFor(
        post("/api/chat.postMessage")
            .atPriority(1)
            .willReturn(
                okJson("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1700000000.000100\"}")
                    .withFixedDelay(250)));
  }

  private static List<Leader> dueNudges(SlackFixture app) {
    Nudges nudges = app.bean(Nudges.class);
    Instant due = Instant.now().minusSeconds(60);
    List<Leader> leaders = new ArrayList<>();
    for (int i = 0; i < NUDGES; i++) {
      String user = "UROLL" + i;
      app.dm(user);
      Leader leader = app.leader(user, Language.NB, TENANT);
      nudges.plan(
          Nudge.planned(
              leader.tenantId(), leader.id(), NudgeKind.REMINDER, Phase.POST, null, null, due));
      leaders.add(leader);
    }
    return leaders;
  }

  private static List<Nudge> nudges(SlackFixture app, NudgeStatus status) {
    return app.bean(Nudges.class).find(TENANT, status, NUDGES + 1);
  }

  private static String user(Leader leader) {
    return leader.identities().get(0).userId();
  }
}
