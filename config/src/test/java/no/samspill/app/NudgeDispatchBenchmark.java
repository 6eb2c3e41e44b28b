package no.samspill.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
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
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Not a test: how many due nudges one instance dispatches per second to a channel that answers at
 * once, on the embedded database (or MONGODB_URI's). Run with bench/nudge-dispatch.sh; args: nudges
 * per round, rounds, how many nudges already sent lie in the store before the first round, and how
 * many instances share the database (a second one runs on the first one's server). With {@code
 * -Dbench.jfr=FILE} (BENCH_JAVA_OPTS) the last round's dispatch is profiled into FILE.
 */
public final class NudgeDispatchBenchmark {

  private NudgeDispatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int nudges = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int stored = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    int instances = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    Path dir = Files.createTempDirectory("samspill-bench");
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    double[] rates = new double[rounds];
    String database = System.getProperty("bench.database", TestApp.newDatabase());
    List<RecordingChannel> channels = new ArrayList<>();
    List<ConfigurableApplicationContext> apps = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      channels.add(new RecordingChannel());
      apps.add(
          TestApp.start(
              dir.resolve("bench.mv"),
              database,
              clock,
              channels.get(0),
              // Seeding writes in large batches, which a loaded machine takes over 5 s for.
              "samspill.mongodb.timeouts.operation=2m"));
      for (int i = 1; i < instances; i++) {
        channels.add(new RecordingChannel());
        apps.add(TestApp.startOnServerOf(apps.get(0), database, clock, channels.get(i)));
      }
      ConfigurableApplicationContext app = apps.get(0);
      history(app, clock.instant(), stored);
      for (int round = 0; round < rounds; round++) {
        seed(app, clock.instant(), nudges);
        // -Dbench.jfr=FILE profiles the last round's dispatch alone, not the seeding.
        String profile = System.getProperty("bench.jfr");
        Recording recording =
            profile != null && round == rounds - 1
                ? new Recording(Configuration.getConfiguration("profile"))
                : null;
        if (recording != null) {
          recording.start();
        }
        long start = System.nanoTime();
        List<Future<Integer>> runs = new ArrayList<>();
        for (ConfigurableApplicationContext each : apps) {
          runs.add(pool.submit(() -> each.getBean(SendDueNudges.class).sendDue()));
        }
        int sent = 0;
        for (Future<Integer> run : runs) {
          sent += run.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (recording != null) {
          recording.stop();
          recording.dump(Path.of(profile));
          recording.close();
        }
        rates[round] = sent / seconds;
        System.out.printf(
            "round %d: %d nudges by %d instance(s) in %.2f s = %.0f nudges/s (%d stored before);"
                + " leaders reached more than once so far: %d%n",
            round + 1,
            sent,
            instances,
            seconds,
            rates[round],
            stored + round * nudges,
            reachedTwice(channels));
      }
    } finally {
      pool.shutdown();
      for (int i = apps.size() - 1; i >= 0; i--) {
        apps.get(i).close();
      }
    }
    Arrays.sort(rates);
    System.out.printf(
        "median %.0f nudges/s over %d rounds of %d, %d instance(s) (min %.0f, max %.0f)%n",
        rates[rounds / 2], rounds, nudges, instances, rates[0], rates[rounds - 1]);
  }

  /** Every seeded leader has one nudge: one reached twice, on any instance, is a duplicate. */
  private static long reachedTwice(List<RecordingChannel> channels) {
    Map<LeaderId, Long> times =
        channels.stream()
            .flatMap(c -> c.recipients().stream())
            .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    return times.values().stream().filter(n -> n > 1).count();
  }

  /**
   * Nudges sent in earlier weeks, as a store in use holds them; or, with {@code
   * -Dbench.stored=planned}, nudges planned for the coming weeks, as a tenant's plan holds them.
   * Written in bulk, not through the planner.
   */
  private static void history(ConfigurableApplicationContext app, Instant now, int count) {
    MongoTemplate mongo = app.getBean(MongoTemplate.class);
    boolean planned = "planned".equals(System.getProperty("bench.stored"));
    for (int start = 0; start < count; start += 1_000) {
      List<Document> sent = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + 1_000); i++) {
        Instant due =
            planned
                ? now.plus(1 + i % 300, ChronoUnit.DAYS)
                : now.minus(1 + i % 300, ChronoUnit.DAYS);
        Document nudge =
            new Document("_id", "history-" + i)
                .append("tenantId", SampleData.TENANT.value())
                .append("leaderId", LeaderId.random().value())
                .append("kind", NudgeKind.REMINDER.name())
                .append("phase", Phase.POST.name())
                .append("dueAt", Date.from(due))
                // Its UTC day, as the nudge store writes it beside the due time (MongoNudges).
                .append("dueDay", Math.floorDiv(due.getEpochSecond(), 86_400L));
        sent.add(
            planned
                ? nudge.append("status", NudgeStatus.PLANNED.name()).append("attempts", 0)
                : nudge
                    .append("status", NudgeStatus.SENT.name())
                    .append("sentAt", Date.from(due))
                    .append("attempts", 1));
      }
      mongo.insert(sent, "nudges");
    }
  }

  private static void seed(ConfigurableApplicationContext app, Instant due, int count) {
    Leaders leaders = app.getBean(Leaders.class);
    Nudges store = app.getBean(Nudges.class);
    List<LeaderId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LeaderId id = LeaderId.random();
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
              List.of(
                  new ChatIdentity(RecordingChannel.NAME, SampleData.TENANT.value(), id.value())),
              due));
      store.plan(
          Nudge.planned(SampleData.TENANT, id, NudgeKind.REMINDER, Phase.POST, null, null, due));
      ids.add(id);
    }
  }
}
