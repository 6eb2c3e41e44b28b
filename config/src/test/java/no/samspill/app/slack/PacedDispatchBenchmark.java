package no.samspill.app.slack;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
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
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.app.SamspillApplication;
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
 * Not a test: 1,000 leaders in 10 Slack workspaces with a nudge each due at once, dispatched by one
 * or two instances through the real Slack adapter to a fake Slack that enforces one message per
 * second per channel and a workspace budget, answering 429 beyond them. Prints the time against the
 * bound those limits allow, the 429s and whether every leader got exactly one message. Run with
 * bench/paced-dispatch.sh; args: instances, workspaces, leaders per workspace, rounds.
 */
public final class PacedDispatchBenchmark {

  /** The fake's budget per workspace; each instance paces itself at its share of it. */
  private static final double WORKSPACE_RATE = 5;

  private PacedDispatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int workspaces = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int perWorkspace = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    try (FakePacedSlack slack = new FakePacedSlack(WORKSPACE_RATE)) {
      List<ConfigurableApplicationContext> apps = start(instances, slack);
      try {
        seedWorkspaces(apps.get(0), workspaces);
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
          ratios[round] = round(apps, slack, workspaces, perWorkspace, round);
        }
        double[] warm = Arrays.copyOfRange(ratios, 1, rounds);
        Arrays.sort(warm);
        System.out.printf(
            "median warm ratio %.2f over %d rounds (instances %d)%n",
            warm.length == 0 ? Double.NaN : warm[warm.length / 2], warm.length, instances);
      } finally {
        apps.forEach(ConfigurableApplicationContext::close);
      }
    }
  }

  private static double round(
      List<ConfigurableApplicationContext> apps,
      FakePacedSlack slack,
      int workspaces,
      int perWorkspace,
      int round)
      throws Exception {
    List<String> channels = seedNudges(apps.get(0), workspaces, perWorkspace, round);
    int before = slack.total();
    int throttledBefore = slack.throttled.get();
    int opensBefore = slack.opens.get();
    ExecutorService pool = Executors.newFixedThreadPool(apps.size());
    long start = System.nanoTime();
    List<Future<Integer>> runs = new ArrayList<>();
    for (ConfigurableApplicationContext app : apps) {
      runs.add(pool.submit(() -> app.getBean(SendDueNudges.class).sendDue()));
    }
    int handled = 0;
    for (Future<Integer> run : runs) {
      handled += run.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    int opens = slack.opens.get() - opensBefore;
    long once = channels.stream().filter(c -> count(slack, c) == round + 1).count();
    long twice = channels.stream().filter(c -> count(slack, c) > round + 1).count();
    // The bound: each workspace's messages at its budget after a one-second burst; a cold DM
    // cache adds conversations.open at Tier 3 (50 per minute after a burst of ten).
    double bound = Math.max(1, (perWorkspace - WORKSPACE_RATE) / WORKSPACE_RATE);
    double openBound = opens == 0 ? 0 : Math.max(0, (perWorkspace - 10) * 1.2);
    double limit = Math.max(bound, openBound);
    System.out.printf(
        "round %d (%s): %d nudges by %d instance(s) in %.1f s; bound %.1f s; ratio %.2f;"
            + " messages %d, exactly once %d, more than once %d, 429s %d, DM opens %d%n",
        round + 1,
        opens == 0 ? "warm DM cache" : "cold DM cache",
        handled,
        apps.size(),
        seconds,
        limit,
        seconds / limit,
        slack.total() - before,
        once,
        twice,
        slack.throttled.get() - throttledBefore,
        opens);
    return seconds / limit;
  }

  private static int count(FakePacedSlack slack, String channel) {
    AtomicInteger n = slack.received.get(channel);
    return n == null ? 0 : n.get();
  }

  private static List<ConfigurableApplicationContext> start(int instances, FakePacedSlack slack) {
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
                  "--samspill.slack.client-id=123.456",
                  "--samspill.slack.client-secret=bench",
                  "--samspill.slack.signing-secret=bench",
                  "--samspill.slack.api-url=" + slack.apiUrl(),
                  "--samspill.slack.workspace-rate=" + WORKSPACE_RATE / instances,
                  "--samspill.slack.workspace-burst="
                      + (int) Math.max(1, WORKSPACE_RATE / instances),
                  "--logging.level.root=warn"));
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

  private static void seedWorkspaces(ConfigurableApplicationContext app, int workspaces)
      throws Exception {
    InstallationService installations = app.getBean(InstallationService.class);
    Tenants tenants = app.getBean(Tenants.class);
    for (int w = 0; w < workspaces; w++) {
      TenantId tenant = new TenantId("bench-" + w);
      tenants.save(
          new Tenant(tenant, "Kommune " + w, Language.NB, ZoneId.of("Europe/Oslo"), Instant.now()));
      tenants.linkWorkspace(new ChatWorkspace("slack", team(w)), tenant);
      DefaultInstaller installer = new DefaultInstaller();
      installer.setTeamId(team(w));
      installer.setBotAccessToken("xoxb-bench-" + w);
      installer.setInstalledAt(System.currentTimeMillis());
      installations.saveInstallerAndBot(installer);
    }
  }

  private static List<String> seedNudges(
      ConfigurableApplicationContext app, int workspaces, int perWorkspace, int round) {
    Leaders leaders = app.getBean(Leaders.class);
    Nudges nudges = app.getBean(Nudges.class);
    Instant due = Instant.now();
    List<String> channels = new ArrayList<>();
    for (int w = 0; w < workspaces; w++) {
      TenantId tenant = new TenantId("bench-" + w);
      for (int i = 0; i < perWorkspace; i++) {
        String user = "U" + w + "x" + i;
        LeaderId id = new LeaderId("bench-" + user);
        if (round == 0) {
          leaders.save(
              new Leader(
                  id,
                  tenant,
                  "Leder " + user,
                  null,
                  null,
                  Language.NB,
                  null,
                  false,
                  List.of(new ChatIdentity("slack", team(w), user)),
                  due));
        }
        // A new meeting each round, so each round is a new nudge for the same leader.
        nudges.plan(
            Nudge.planned(
                tenant,
                id,
                NudgeKind.REMINDER,
                Phase.POST,
                null,
                new no.samspill.core.casework.MeetingId("m" + round),
                due));
        channels.add("D" + user);
      }
    }
    return channels;
  }

  private static String team(int w) {
    return "TBENCH" + w;
  }
}
