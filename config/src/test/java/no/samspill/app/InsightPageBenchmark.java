package no.samspill.app;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.Tenants;
import no.samspill.core.insight.ComposeInsight;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.SchedulePolicies;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: the Innsikt page's time for a municipality of many leaders, each running a PRE, a
 * POST and a follow-up flow a week (about half of them shared), among other municipalities of the
 * same size. Args: leaders (default 50), weeks of history (default 12), other municipalities
 * (default 9), runs (default 5).
 */
public final class InsightPageBenchmark {

  private InsightPageBenchmark() {}

  public static void main(String[] args) throws Exception {
    int leaderCount = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int weekCount = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    int others = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    MockOAuth2Server provider = new MockOAuth2Server();
    provider.start();
    String[] properties =
        ConsoleFixture.properties(provider).entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    String[] extra = Arrays.copyOf(properties, properties.length + 3);
    extra[properties.length] = "samspill.scheduling.enabled=false";
    extra[properties.length + 1] = "samspill.sample-data.enabled=false";
    extra[properties.length + 2] = "samspill.mongodb.timeouts.operation=2m";
    try (ConfigurableApplicationContext app =
        TestApp.start(
            Files.createTempDirectory("samspill-insight-bench").resolve("b.mv"),
            TestApp.newDatabase(),
            extra)) {
      InsightFixture measured = null;
      Random random = new Random(42);
      for (int t = 0; t <= others; t++) {
        InsightFixture town =
            new InsightFixture(
                    "Benchvik " + t,
                    app.getBean(Tenants.class),
                    app.getBean(Leaders.class),
                    app.getBean(Reflections.class),
                    app.getBean(SchedulePolicies.class),
                    app.getBean(TenantErasure.class))
                .withLeaders(leaderCount);
        seed(town, weekCount, random);
        measured = measured == null ? town : measured;
      }
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      String session = ConsoleHttpSignIn.signIn(port, provider, measured.coordinatorEmail);
      ComposeInsight compose = app.getBean(ComposeInsight.class);
      double[] page = new double[runs];
      double[] figures = new double[runs];
      double[] flows = new double[runs];
      double[] shared = new double[runs];
      Reflections store = app.getBean(Reflections.class);
      Instant termStart = Instant.parse("2023-09-30T22:00:00Z");
      ConsoleHttpSignIn.get(port, "/console/insight", session);
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        int status = ConsoleHttpSignIn.get(port, "/console/insight", session).statusCode();
        page[i] = (System.nanoTime() - start) / 1e6;
        if (status != 200) {
          throw new IllegalStateException("The page answered " + status);
        }
        start = System.nanoTime();
        compose.compose(measured.tenant, Instant.now());
        figures[i] = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        store.findActivity(measured.tenant, termStart, 100_000);
        flows[i] = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        store.findSharedOver(measured.tenant, termStart, Instant.now());
        shared[i] = (System.nanoTime() - start) / 1e6;
      }
      System.out.printf(
          "insight: %d leaders x %d weeks, %d municipalities: page median %.0f ms %s,"
              + " ComposeInsight median %.0f ms (flows read %.0f ms, shared read %.0f ms)%n",
          leaderCount,
          weekCount,
          others + 1,
          median(page),
          Arrays.toString(Arrays.stream(page).mapToLong(Math::round).toArray()),
          median(figures),
          median(flows),
          median(shared));
    } finally {
      provider.shutdown();
    }
  }

  /** Each leader, each week: PRE, POST and follow-up; each shared with probability one half. */
  private static void seed(InsightFixture town, int weeks, Random random) {
    DigestWeek week = DigestWeek.containing(Instant.now(), SampleData.OSLO_ZONE);
    for (int w = 0; w < weeks; w++) {
      week = week.previous(SampleData.OSLO_ZONE);
      Instant tuesday = week.start().plus(Duration.ofHours(34));
      for (LeaderId leader : town.leaders) {
        town.complete(
            leader,
            Phase.PRE,
            tuesday,
            share(random),
            Answer.option("pre.approach", "CONFLICT_PLANNED", approach(random), tuesday));
        town.afterMeeting(
            leader,
            tuesday.plusSeconds(3600),
            share(random),
            1 + random.nextInt(5),
            "En lærdom fra uke " + week.week());
        town.complete(
            leader,
            Phase.FOLLOW_UP,
            tuesday.plusSeconds(7200),
            share(random),
            Answer.option(
                "followup.used",
                "LESSON_USED",
                List.of("yes", "partly", "no").get(random.nextInt(3)),
                tuesday));
      }
    }
  }

  private static ShareChoice share(Random random) {
    return random.nextBoolean() ? ShareChoice.ANONYMOUS : ShareChoice.PRIVATE;
  }

  private static String approach(Random random) {
    return List.of("competing", "collaborating", "compromising", "avoiding", "accommodating")
        .get(random.nextInt(5));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
