package no.samspill.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Language;
import no.samspill.core.nudging.SendDueNudges;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeKind;
import no.samspill.core.schedule.Nudges;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: how many due nudges one instance dispatches per second to a channel that answers at
 * once, on the embedded database. Run with bench/nudge-dispatch.sh; args: nudges per round, rounds.
 */
public final class NudgeDispatchBenchmark {

  private NudgeDispatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int nudges = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("samspill-bench");
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    double[] rates = new double[rounds];
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("bench.mv"), TestApp.newDatabase(), clock, new RecordingChannel())) {
      SendDueNudges sender = app.getBean(SendDueNudges.class);
      for (int round = 0; round < rounds; round++) {
        seed(app, clock.instant(), nudges);
        long start = System.nanoTime();
        int sent = sender.sendDue();
        double seconds = (System.nanoTime() - start) / 1e9;
        rates[round] = sent / seconds;
        System.out.printf(
            "round %d: %d nudges in %.2f s = %.0f nudges/s%n",
            round + 1, sent, seconds, rates[round]);
      }
    }
    Arrays.sort(rates);
    System.out.printf(
        "median %.0f nudges/s over %d rounds of %d (min %.0f, max %.0f)%n",
        rates[rounds / 2], rounds, nudges, rates[0], rates[rounds - 1]);
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
