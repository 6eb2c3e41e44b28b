package no.samspill.app.dispatch;

import de.bwaldvogel.mongo.MongoServer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.app.SamspillApplication;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.nudging.SendDueNudges;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.Nudges;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: 1,000 leaders in 10 Slack workspaces or Teams tenants with a nudge each due at once,
 * dispatched by one or two instances through the real Slack or Teams adapter to a fake platform
 * that enforces its published limits and answers 429 beyond them (Slack: one message per second per
 * channel and a workspace budget; Teams: 7/1 s, 8/2 s, 60/30 s per conversation and 50 per second
 * per tenant). Prints each round's time against the bound those limits allow, the 429s and whether
 * every leader got exactly one message. Run with bench/paced-dispatch.sh; args: platform
 * (slack|teams), instances, tenants, leaders per tenant, rounds.
 */
public final class PacedDispatchBenchmark {

  private PacedDispatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean teams = args.length > 0 && args[0].equals("teams");
    int instances = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int tenants = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int perTenant = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    try (FakePacedSlack slack = new FakePacedSlack(SlackPlatform.WORKSPACE_RATE);
        FakePacedBotConnector connector = new FakePacedBotConnector()) {
      BenchPlatform platform = teams ? new TeamsPlatform(connector) : new SlackPlatform(slack);
      List<ConfigurableApplicationContext> apps = start(instances, platform.settings());
      try {
        for (int t = 0; t < tenants; t++) {
          seedTenant(apps.get(0), platform, t);
        }
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
          ratios[round] = round(apps, platform, tenants, perTenant, round);
        }
        // The first rounds also pay for the JIT compiling the send path on the same cores.
        int warmUp = Math.min(rounds - 1, Integer.getInteger("bench.warmup", 1));
        double[] later = Arrays.copyOfRange(ratios, warmUp, rounds);
        Arrays.sort(later);
        System.out.printf(
            "median ratio of rounds %d-%d: %.2f (%s, %d instance(s))%n",
            warmUp + 1,
            rounds,
            later.length == 0 ? Double.NaN : later[later.length / 2],
            platform.name(),
            instances);
      } finally {
        apps.forEach(ConfigurableApplicationContext::close);
      }
    }
    System.exit(0);
  }

  private static double round(
      List<ConfigurableApplicationContext> apps,
      BenchPlatform platform,
      int tenants,
      int perTenant,
      int round)
      throws Exception {
    List<String> inboxes = seedNudges(apps.get(0), platform, tenants, perTenant, round);
    BenchPlatform.Counts before = platform.counts();
    ExecutorService pool = Executors.newFixedThreadPool(apps.size());
    long start = System.nanoTime();
    long cpuBefore = processCpuNanos();
    List<Future<Integer>> runs = new ArrayList<>();
    for (ConfigurableApplicationContext app : apps) {
      runs.add(pool.submit(() -> app.getBean(SendDueNudges.class).sendDue()));
    }
    int handled = 0;
    for (Future<Integer> run : runs) {
      handled += run.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuBefore) / 1e9;
    pool.shutdown();
    BenchPlatform.Counts after = platform.counts();
    long once = inboxes.stream().filter(i -> platform.received(i) == round + 1).count();
    long more = inboxes.stream().filter(i -> platform.received(i) > round + 1).count();
    double bound = platform.bound(perTenant, after.opens() - before.opens());
    System.out.printf(
        "round %d: %d nudges by %d instance(s) in %.1f s; bound %.1f s; ratio %.2f; messages %d,"
            + " exactly once %d, more than once %d, 429s %d, DM opens %d; CPU %.1f s of %d"
            + " cores (%.0f %%)%n",
        round + 1,
        handled,
        apps.size(),
        seconds,
        bound,
        seconds / bound,
        after.messages() - before.messages(),
        once,
        more,
        after.throttled() - before.throttled(),
        after.opens() - before.opens(),
        cpu,
        CORES,
        100 * cpu / (seconds * CORES));
    return seconds / bound;
  }

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** CPU time of this whole process (the instances, the database, the fake): what a round costs. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Instances on one fresh database: the first starts the embedded server, the rest join it. */
  static List<ConfigurableApplicationContext> start(int instances, List<String> settings) {
    String database = "bench-" + UUID.randomUUID();
    List<ConfigurableApplicationContext> apps = new ArrayList<>();
    String uri = null;
    for (int i = 0; i < instances; i++) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--server.port=0",
                  "--spring.profiles.active=production",
                  "--samspill.scheduling.enabled=false",
                  "--samspill.mongodb.database=" + database,
                  "--logging.level.root=warn"));
      args.addAll(settings);
      args.add(
          uri == null
              ? "--samspill.mongodb.embedded-file=memory"
              : "--samspill.mongodb.uri=" + uri);
      ConfigurableApplicationContext app =
          new SpringApplicationBuilder(SamspillApplication.class).run(args.toArray(String[]::new));
      apps.add(app);
      if (uri == null) {
        String external = app.getEnvironment().getProperty("samspill.mongodb.uri");
        uri =
            external != null && !external.isBlank()
                ? external
                : "mongodb://127.0.0.1:"
                    + app.getBean(MongoServer.class).getLocalAddress().getPort();
      }
    }
    return apps;
  }

  private static List<String> seedNudges(
      ConfigurableApplicationContext app,
      BenchPlatform platform,
      int tenants,
      int perTenant,
      int round) {
    Nudges nudges = app.getBean(Nudges.class);
    Instant due = Instant.now();
    List<String> inboxes = new ArrayList<>();
    for (int t = 0; t < tenants; t++) {
      TenantId tenant = new TenantId("bench-" + t);
      for (int i = 0; i < perTenant; i++) {
        String user = "u" + t + "x" + i;
        LeaderId id = leaderId(user);
        if (round == 0) {
          seedLeader(app, platform, tenant, t, user, due);
        }
        // A new meeting each round, so each round is a new nudge for the same leader.
        nudges.plan(
            Nudge.planned(
                tenant, id, NudgeKind.REMINDER, Phase.POST, null, new MeetingId("m" + round), due));
        inboxes.add(platform.inbox(user));
      }
    }
    return inboxes;
  }

  /** Tenant {@code t} ("bench-t"), linked to the platform's workspace {@code t}. */
  static TenantId seedTenant(ConfigurableApplicationContext app, BenchPlatform platform, int t)
      throws Exception {
    Tenants store = app.getBean(Tenants.class);
    TenantId tenant = new TenantId("bench-" + t);
    store.save(
        new Tenant(tenant, "Kommune " + t, Language.NB, ZoneId.of("Europe/Oslo"), Instant.now()));
    store.linkWorkspace(new ChatWorkspace(platform.name(), platform.workspace(t)), tenant);
    platform.seedTenant(app, t);
    return tenant;
  }

  /** Random-looking ids, as real leaders' are (LeaderId.random), not ordered by tenant. */
  static LeaderId leaderId(String user) {
    return new LeaderId(UUID.nameUUIDFromBytes(user.getBytes()).toString());
  }

  /** A leader with one identity on the platform's workspace {@code t}, known to the fake too. */
  static LeaderId seedLeader(
      ConfigurableApplicationContext app,
      BenchPlatform platform,
      TenantId tenant,
      int t,
      String user,
      Instant at) {
    ChatIdentity identity = new ChatIdentity(platform.name(), platform.workspace(t), user);
    LeaderId id = leaderId(user);
    app.getBean(Leaders.class)
        .save(
            new Leader(
                id,
                tenant,
                "Leder " + user,
                null,
                null,
                Language.NB,
                null,
                false,
                List.of(identity),
                at));
    platform.seedLeader(app, identity);
    return id;
  }
}
