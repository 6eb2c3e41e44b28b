package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * /actuator/prometheus carries the names README "Operating" documents, counted as things happen; it
 * wants its token when one is set, and outside the local demo it is served on the management port
 * only.
 */
class MetricsIntegrationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "metrics-token-for-the-test";

  @TempDir Path dir;

  @Test
  void aNudgeAChatTurnAndADigestAreCountedUnderTheirDocumentedNames() throws Exception {
    RecordingChannel channel = new RecordingChannel();
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    try (ConfigurableApplicationContext app =
        TestApp.start(dir.resolve("m.mv"), TestApp.newDatabase(), clock, channel)) {
      String base = base(app, "local.server.port");
      HttpCalls http = new HttpCalls(base);
      String before = scrape(base, null).body();

      dueReminder(app, clock.instant().minusSeconds(90));
      app.getBean(SendDueNudges.class).sendDue();
      http.post("/api/web/chat", "{\"leaderId\":\"sample-kari\",\"text\":\"hjelp\"}");
      http.post("/api/web/demo/digest", "{\"leaderId\":\"sample-kari\"}");

      String after = scrape(base, null).body();
      int sentReminders =
          (int)
              app.getBean(Nudges.class).find(SampleData.TENANT, NudgeStatus.SENT, 100).stream()
                  .filter(n -> n.kind() == NudgeKind.REMINDER)
                  .count();
      assertThat(sentReminders).isEqualTo(1);
      String sent = "samspill_nudges_total{kind=\"reminder\",outcome=\"sent\"}";
      assertThat(value(after, sent) - value(before, sent)).isEqualTo(sentReminders);
      assertThat(value(after, "samspill_nudges_lag_seconds_count{kind=\"reminder\"}")).isOne();
      // Sent 90 s late: not within a minute, within five.
      assertThat(value(after, "samspill_nudges_lag_seconds_bucket{kind=\"reminder\",le=\"60.0\"}"))
          .isZero();
      assertThat(value(after, "samspill_nudges_lag_seconds_bucket{kind=\"reminder\",le=\"300.0\"}"))
          .isOne();
      assertThat(value(after, "samspill_dispatch_batches_seconds_count")).isPositive();
      assertThat(value(after, "samspill_dispatch_claims_seconds_count")).isPositive();
      assertThat(value(after, "samspill_dispatch_batch_size_nudges_count")).isPositive();
      // The sample municipality's nudges are planned when it is loaded, before the first scrape.
      assertThat(value(before, "samspill_nudges_waiting{status=\"planned\"}")).isPositive();

      String turns = "samspill_chat_turns_seconds_count{outcome=\"command\",platform=\"web\"}";
      assertThat(value(after, turns) - value(before, turns)).isOne();
      String digests = "samspill_digests_posted_total";
      assertThat(value(after, digests) - value(before, digests)).isOne();
    }
  }

  @Test
  void withATokenSetTheMetricsAreA401WithoutIt() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("t.mv"),
            TestApp.newDatabase(),
            "samspill.scheduling.enabled=false",
            "samspill.metrics.token=" + TOKEN)) {
      String base = base(app, "local.server.port");

      assertThat(scrape(base, null).statusCode()).isEqualTo(401);
      assertThat(scrape(base, "not-" + TOKEN).statusCode()).isEqualTo(401);
      HttpResponse<String> allowed = scrape(base, TOKEN);
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.body()).contains("samspill_nudges_waiting");
      assertThat(status(base + "/actuator/health")).isEqualTo(200);
    }
  }

  @Test
  void inProductionTheMetricsAreOnlyOnTheManagementPortAndWantTheToken() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("p.mv"),
            TestApp.newDatabase(),
            "samspill.web.demo",
            "samspill.scheduling.enabled=false",
            "spring.profiles.active=production")) {
      assertThat(scrape(base(app, "local.server.port"), null).statusCode()).isEqualTo(404);
    }
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("q.mv"),
            TestApp.newDatabase(),
            "samspill.web.demo",
            "samspill.scheduling.enabled=false",
            "spring.profiles.active=production",
            // Port 0: the server binds a free one itself (a port found free and closed first was
            // taken by another test's server before Tomcat bound it).
            "management.server.port=0",
            "samspill.metrics.token=" + TOKEN)) {
      String managementBase = base(app, "local.management.port");
      assertThat(scrape(base(app, "local.server.port"), TOKEN).statusCode()).isEqualTo(404);
      assertThat(scrape(managementBase, null).statusCode()).isEqualTo(401);
      assertThat(scrape(managementBase, TOKEN).statusCode()).isEqualTo(200);
      assertThat(status(managementBase + "/actuator/health/readiness")).isEqualTo(200);
    }
  }

  /** A leader reachable on the recording channel with one reminder due at {@code due}. */
  private static void dueReminder(ConfigurableApplicationContext app, Instant due) {
    LeaderId id = LeaderId.random();
    app.getBean(Leaders.class)
        .save(
            new Leader(
                id,
                SampleData.TENANT,
                "Leder med påminnelse",
                null,
                null,
                Language.NB,
                null,
                false,
                List.of(new ChatIdentity(RecordingChannel.NAME, SampleData.TENANT.value(), "u1")),
                due));
    app.getBean(Nudges.class)
        .plan(
            Nudge.planned(SampleData.TENANT, id, NudgeKind.REMINDER, Phase.POST, null, null, due));
  }

  /** The value of one sample in Prometheus' text format; 0 when it is not there. */
  static double value(String scrape, String sample) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(sample) + " ([0-9.eE+-]+)$").matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static HttpResponse<String> scrape(String base, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int status(String url) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String base(ConfigurableApplicationContext app, String portProperty) {
    return "http://localhost:" + app.getEnvironment().getProperty(portProperty);
  }
}
