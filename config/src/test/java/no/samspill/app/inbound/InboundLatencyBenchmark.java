package no.samspill.app.inbound;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Not a test: inbound Teams messages and Slack acknowledgements under load, Samspill against a bare
 * Bot Framework SDK app and a bare Bolt app, in one run. Each app runs in a JVM of its own on its
 * own port; fakes of the Bot Framework (OpenID keys, token, Connector) and of Slack's Web API run
 * here. Concurrent clients, each one leader, alternate a typed "hjelp" with a click on their last
 * question; every request carries a real token or signature. Per round and target: p50, p99, max
 * and requests per second, and Samspill/bare for p50 and p99; for Slack also how long the work
 * after the acks took to drain. Run with bench/inbound-latency.sh; args: clients, requests per
 * target and round, rounds. {@code -Dbench.jfr=FILE} records Samspill with JFR.
 */
public final class InboundLatencyBenchmark {

  /** Both platforms, or only the one {@code -Dbench.platform} names (teams or slack). */
  private static final List<String> TARGETS =
      List.of("samspill teams", "bare teams", "samspill slack", "bare slack").stream()
          .filter(t -> t.endsWith(System.getProperty("bench.platform", "")))
          .toList();

  private static final Duration DRAIN = Duration.ofSeconds(10);

  private InboundLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = argument(args, 0, 32);
    int requests = argument(args, 1, 4000);
    int rounds = argument(args, 2, 5);
    Path logs = Files.createTempDirectory("inbound-bench");
    Map<String, List<Load.Figures>> figures = new LinkedHashMap<>();
    TARGETS.forEach(t -> figures.put(t, new ArrayList<>()));
    try (FakeBotConnector samspillTeams = new FakeBotConnector();
        FakeBotConnector bareTeams = new FakeBotConnector();
        FakeSlackApi samspillSlack = new FakeSlackApi();
        FakeSlackApi bareSlack = new FakeSlackApi();
        ChildApp samspill = samspill(samspillTeams, samspillSlack, clients, logs);
        ChildApp botFramework =
            ChildApp.start(
                "bare-bot-framework",
                BareBotFrameworkApp.class,
                List.of(),
                logs.resolve("bare-bot-framework.log"),
                bareTeams.metadataUrl(),
                bareTeams.tokenUrl());
        ChildApp bolt =
            ChildApp.start(
                "bare-bolt",
                BareBoltApp.class,
                List.of(),
                logs.resolve("bare-bolt.log"),
                bareSlack.apiUrl())) {
      System.out.printf(
          "bench: %d clients, %d requests per target and round after %d of warm-up, %d rounds;"
              + " database %s; logs in %s%n",
          clients,
          requests,
          requests / 2,
          rounds,
          System.getenv("MONGODB_URI") == null ? "embedded (data file)" : "MONGODB_URI",
          logs);
      Map<String, Target> targets = new LinkedHashMap<>();
      targets.put(
          "samspill teams",
          new Target(Clients.teams(samspill.url("/api/messages"), samspillTeams, false), null));
      targets.put(
          "bare teams",
          new Target(Clients.teams(botFramework.url("/api/messages"), bareTeams, true), null));
      targets.put(
          "samspill slack",
          new Target(
              Clients.slack(samspill.url("/slack/events"), samspillSlack, false), samspillSlack));
      targets.put(
          "bare slack",
          new Target(Clients.slack(bolt.url("/slack/events"), bareSlack, true), bareSlack));
      Load load = new Load(clients);
      for (int round = 1; round <= rounds; round++) {
        // Bare first in every other round, so a drift of the machine's load hits both sides.
        List<String> order = new ArrayList<>(TARGETS);
        if (round % 2 == 0) {
          for (int i = 0; i + 1 < order.size(); i += 2) {
            order.set(i, order.set(i + 1, order.get(i)));
          }
        }
        for (String name : order) {
          Load.Figures f = targets.get(name).run(load, requests);
          figures.get(name).add(f);
          System.out.printf("round %d  %-15s %s%s%n", round, name, f, targets.get(name).drained());
        }
        for (String platform : platforms()) {
          System.out.printf(
              "round %d  ratio %s p50 %.2f p99 %.2f%n",
              round,
              platform,
              ratio(figures, platform, Load.Figures::p50, round - 1),
              ratio(figures, platform, Load.Figures::p99, round - 1));
        }
      }
      for (String name : TARGETS) {
        List<Load.Figures> all = figures.get(name);
        System.out.printf(
            "median of %d rounds  %-15s p50 %6.2f ms  p99 %7.2f ms  max %7.1f ms  %6.0f req/s%n",
            rounds,
            name,
            median(all, Load.Figures::p50),
            median(all, Load.Figures::p99),
            median(all, Load.Figures::max),
            median(all, Load.Figures::perSecond));
      }
      for (String platform : platforms()) {
        System.out.printf(
            "median of %d rounds  %s Samspill/bare: p50 %.2f x, p99 %.2f x (goal <= 1.5 x)%n",
            rounds,
            platform,
            medianRatio(figures, platform, Load.Figures::p50, rounds),
            medianRatio(figures, platform, Load.Figures::p99, rounds));
      }
    }
    System.exit(0);
  }

  private static int argument(String[] args, int index, int otherwise) {
    return args.length > index ? Integer.parseInt(args[index]) : otherwise;
  }

  private static List<String> platforms() {
    return TARGETS.stream().map(t -> t.substring(t.indexOf(' ') + 1)).distinct().toList();
  }

  private static ChildApp samspill(
      FakeBotConnector teams, FakeSlackApi slack, int clients, Path logs) throws Exception {
    String jfr = System.getProperty("bench.jfr");
    List<String> jvm =
        jfr == null
            ? List.of()
            : List.of(
                "-XX:FlightRecorderOptions:stackdepth=256",
                "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
    return ChildApp.start(
        "samspill",
        SamspillUnderLoad.class,
        jvm,
        logs.resolve("samspill.log"),
        teams.metadataUrl(),
        teams.tokenUrl(),
        slack.apiUrl(),
        String.valueOf(clients),
        logs.resolve("samspill.mv").toString());
  }

  /** One app's traffic and, for Slack, the fake that sees the work done after the ack. */
  private static final class Target {
    private final Clients.Traffic traffic;
    private final FakeSlackApi slack;
    private String drained = "";

    Target(Clients.Traffic traffic, FakeSlackApi slack) {
      this.traffic = traffic;
      this.slack = slack;
    }

    Load.Figures run(Load load, int requests) throws InterruptedException {
      int before = slack == null ? 0 : slack.posted.get();
      Load.Figures figures = load.drive(traffic, requests / 2, requests);
      if (slack != null) {
        int atLastAck = slack.posted.get() - before;
        // Both keep to Slack's pace (about one message per second per channel), so the work
        // after the acks lags behind them; the next target's run is its time to catch up.
        Thread.sleep(DRAIN.toMillis());
        drained =
            String.format(
                "  | replies posted by the last ack %d, %d s later %d",
                atLastAck, DRAIN.toSeconds(), slack.posted.get() - before);
      }
      return figures;
    }

    String drained() {
      return drained;
    }
  }

  private static double ratio(
      Map<String, List<Load.Figures>> figures,
      String platform,
      ToDoubleFunction<Load.Figures> metric,
      int round) {
    return metric.applyAsDouble(figures.get("samspill " + platform).get(round))
        / metric.applyAsDouble(figures.get("bare " + platform).get(round));
  }

  private static double medianRatio(
      Map<String, List<Load.Figures>> figures,
      String platform,
      ToDoubleFunction<Load.Figures> metric,
      int rounds) {
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratios[r] = ratio(figures, platform, metric, r);
    }
    Arrays.sort(ratios);
    return ratios[rounds / 2];
  }

  private static double median(List<Load.Figures> all, ToDoubleFunction<Load.Figures> metric) {
    double[] values = all.stream().mapToDouble(metric).sorted().toArray();
    return values[values.length / 2];
  }
}
