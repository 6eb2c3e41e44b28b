package no.samspill.app.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.nudging.SendDueNudges;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.Nudges;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Not a test: the sector simulated. Many municipalities (half on Slack, half on Teams, sizes skewed
 * as Norway's are) whose political meetings end at the same quarter hours, so that their leaders'
 * nudges fall due in waves within one window, sent by one or two instances through the real
 * adapters to fakes that enforce the platforms' limits and answer 429 beyond them. Each instance
 * looks for due nudges every second, as the heartbeat does. Prints whether every nudge arrived
 * exactly once, the lag from due to sent (p50, p99, max; per platform) and where it went: waiting
 * for a claim and a slot (due to the claim's renewal right before sending) or the send itself. Run
 * with bench/sector-scale.sh; args: tenants, leaders, nudges, window in minutes, instances.
 */
public final class SectorScaleBenchmark {

  private SectorScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tenants = arg(args, 0, 356);
    int leaders = arg(args, 1, 20_000);
    int nudges = arg(args, 2, 50_000);
    Duration window = Duration.ofMinutes(arg(args, 3, 60));
    int instances = arg(args, 4, 1);
    try (FakePacedSlack slackFake = new FakePacedSlack(SlackPlatform.WORKSPACE_RATE);
        FakePacedBotConnector teamsFake = new FakePacedBotConnector()) {
      List<BenchPlatform> platforms =
          List.of(new SlackPlatform(slackFake), new TeamsPlatform(teamsFake));
      List<String> settings = new ArrayList<>();
      platforms.forEach(p -> settings.addAll(p.settings()));
      List<ConfigurableApplicationContext> apps = PacedDispatchBenchmark.start(instances, settings);
      try {
        Instant start = Instant.now().plusSeconds(30);
        Map<String, Integer> expected =
            seed(apps.get(0), platforms, tenants, leaders, nudges, start, window);
        int seeded = expected.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
            "seeded %d tenants, %d leaders, %d nudges due from %s over %s; %d instance(s)%n",
            tenants, expected.size(), seeded, start, window, instances);
        dispatchUntilDone(apps, start.plus(window), seeded);
        report(apps.get(0), platforms, expected);
      } finally {
        apps.forEach(ConfigurableApplicationContext::close);
      }
    }
    System.exit(0);
  }

  private static int arg(String[] args, int i, int otherwise) {
    return args.length > i ? Integer.parseInt(args[i]) : otherwise;
  }

  /** Sizes skewed (a few large municipalities, many small), every tenant at least 3 leaders. */
  static int[] sizes(int tenants, int leaders, Random random) {
    double[] weights = new double[tenants];
    for (int t = 0; t < tenants; t++) {
      weights[t] = Math.exp(random.nextGaussian() * 1.1);
    }
    double sum = Arrays.stream(weights).sum();
    int[] sizes = new int[tenants];
    int given = 0;
    for (int t = 0; t < tenants; t++) {
      sizes[t] = Math.max(3, (int) Math.round(weights[t] / sum * (leaders - 3 * tenants)) + 3);
      given += sizes[t];
    }
    sizes[0] += Math.max(0, leaders - given);
    return sizes;
  }

  private static Map<String, Integer> seed(
      ConfigurableApplicationContext app,
      List<BenchPlatform> platforms,
      int tenants,
      int leaders,
      int nudges,
      Instant start,
      Duration window)
      throws Exception {
    Random random = new Random(356);
    Tenants tenantStore = app.getBean(Tenants.class);
    Nudges nudgeStore = app.getBean(Nudges.class);
    int[] sizes = sizes(tenants, leaders, random);
    long windowSeconds = window.toSeconds();
    List<Runnable> plans = new ArrayList<>();
    Map<String, Integer> expected = new HashMap<>();
    int leaderCount = Arrays.stream(sizes).sum();
    for (int t = 0; t < tenants; t++) {
      BenchPlatform platform = platforms.get(t % 2);
      TenantId tenant = new TenantId("sector-" + t);
      tenantStore.save(
          new Tenant(tenant, "Kommune " + t, Language.NB, ZoneId.of("Europe/Oslo"), Instant.now()));
      tenantStore.linkWorkspace(new ChatWorkspace(platform.name(), platform.workspace(t)), tenant);
      platform.seedTenant(app, t);
      // One to three meetings end in the window, at a quarter hour give or take two minutes.
      int meetings = 1 + random.nextInt(3);
      Instant[] ends = new Instant[meetings];
      for (int m = 0; m < meetings; m++) {
        long quarter = windowSeconds * (1 + random.nextInt(4)) / 4;
        ends[m] = start.plusSeconds(Math.max(0, quarter - random.nextInt(240)));
      }
      for (int i = 0; i < sizes[t]; i++) {
        String user = "s" + t + "x" + i;
        LeaderId id =
            PacedDispatchBenchmark.seedLeader(app, platform, tenant, t, user, Instant.now());
        // Spread the sector's nudges over its leaders: two or three each, on average as asked.
        int mine = (int) (nudges / (double) leaderCount + random.nextDouble());
        for (int k = 0; k < mine; k++) {
          Instant due = ends[k % meetings].plusSeconds(random.nextInt(60));
          MeetingId meeting = new MeetingId("m" + k);
          plans.add(
              () ->
                  nudgeStore.plan(
                      Nudge.planned(
                          tenant, id, NudgeKind.REMINDER, Phase.POST, null, meeting, due)));
        }
        expected.put(platform.name() + ":" + platform.inbox(user), mine);
      }
    }
    plans.forEach(Runnable::run);
    return expected;
  }

  /** Every instance looks for due nudges each second, until all have an outcome. */
  private static void dispatchUntilDone(
      List<ConfigurableApplicationContext> apps, Instant lastDue, int nudges) throws Exception {
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(apps.size());
    for (ConfigurableApplicationContext app : apps) {
      pool.submit(
          () -> {
            while (!done.get()) {
              app.getBean(SendDueNudges.class).sendDue();
              sleep(1000);
            }
          });
    }
    MongoTemplate mongo = apps.get(0).getBean(MongoTemplate.class);
    while (true) {
      long open =
          mongo
              .getCollection("nudges")
              .countDocuments(
                  new Document("status", new Document("$in", List.of("PLANNED", "CLAIMED"))));
      if (open == 0 && Instant.now().isAfter(lastDue)) {
        break;
      }
      System.out.printf("%s: %d of %d nudges not yet sent%n", Instant.now(), open, nudges);
      sleep(30_000);
    }
    done.set(true);
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
  }

  private static void report(
      ConfigurableApplicationContext app,
      List<BenchPlatform> platforms,
      Map<String, Integer> expected) {
    Map<String, List<long[]>> lags = new HashMap<>();
    Map<String, Integer> statuses = new HashMap<>();
    for (Document n : app.getBean(MongoTemplate.class).getCollection("nudges").find()) {
      statuses.merge(n.getString("status"), 1, Integer::sum);
      if (!"SENT".equals(n.getString("status"))) {
        continue;
      }
      long due = n.getDate("dueAt").getTime();
      long sending = n.getDate("sendingAt").getTime();
      long sent = n.getDate("sentAt").getTime();
      // Even tenants are on Slack, odd ones on Teams (as seeded).
      int tenant = Integer.parseInt(n.getString("tenantId").substring("sector-".length()));
      String platform = platforms.get(tenant % 2).name();
      lags.computeIfAbsent(platform, p -> new ArrayList<>())
          .add(new long[] {sent - due, sending - due});
      lags.computeIfAbsent("all", p -> new ArrayList<>())
          .add(new long[] {sent - due, sending - due});
    }
    long once = 0;
    long wrong = 0;
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      String[] key = e.getKey().split(":", 2);
      BenchPlatform platform =
          platforms.stream().filter(p -> p.name().equals(key[0])).findFirst().orElseThrow();
      if (platform.received(key[1]) == e.getValue()) {
        once++;
      } else {
        wrong++;
      }
    }
    System.out.printf(
        "outcomes %s; leaders who got exactly their nudges %d, more or fewer %d; 429s slack %d,"
            + " teams %d%n",
        statuses,
        once,
        wrong,
        platforms.get(0).counts().throttled(),
        platforms.get(1).counts().throttled());
    for (String platform : List.of("all", "slack", "teams")) {
      List<long[]> l = lags.getOrDefault(platform, List.of());
      System.out.printf(
          "lag %s (%d sent): due to sent p50 %.1f s, p99 %.1f s, max %.1f s; of which due to"
              + " claimed and its turn p50 %.1f s, p99 %.1f s%n",
          platform,
          l.size(),
          pct(l, 0, 50),
          pct(l, 0, 99),
          pct(l, 0, 100),
          pct(l, 1, 50),
          pct(l, 1, 99));
    }
  }

  private static double pct(List<long[]> lags, int column, int percentile) {
    if (lags.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = lags.stream().mapToLong(l -> l[column]).sorted().toArray();
    int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1000.0;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
