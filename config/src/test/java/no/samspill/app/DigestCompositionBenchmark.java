package no.samspill.app;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.digest.KnownPoliticians;
import no.samspill.core.digest.Summariser;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.Nudges;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Not a test: composes one tenant's digest with many reflections in the database across 50 tenants,
 * against the same week alone in the database, and with a larger week, to show what the time
 * follows. Args: total reflections (default 100000), runs per measurement (default 5).
 */
public final class DigestCompositionBenchmark {

  /** Compositions before each measurement, not counted ({@code -Dbench.warmup}). */
  private static final int WARMUP = Integer.getInteger("bench.warmup", 10);

  private static final int TENANTS = 50;
  private static final TenantId TENANT = new TenantId("bench-0");

  private DigestCompositionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    try (ConfigurableApplicationContext app =
        TestApp.start(
            Files.createTempDirectory("samspill-digest-bench").resolve("b.mv"),
            System.getProperty("bench.database", TestApp.newDatabase()),
            "samspill.scheduling.enabled=false",
            "samspill.sample-data.enabled=false",
            // Seeding inserts 1,000 reflections a command, which a loaded machine takes over 5 s
            // for.
            "samspill.mongodb.timeouts.operation=2m")) {
      MongoTemplate mongo = app.getBean(MongoTemplate.class);
      Instant monday = DigestWeek.containing(Instant.now(), SampleData.OSLO_ZONE).start();
      ComposeWeeklyDigest compose =
          new ComposeWeeklyDigest(
              app.getBean(no.samspill.core.reflection.Reflections.class),
              app.getBean(Leaders.class),
              app.getBean(Nudges.class),
              app.getBean(no.samspill.core.schedule.SchedulePolicies.class),
              app.getBean(KnownPoliticians.class),
              app.getBean(PromptCatalogue.class),
              app.getBean(Summariser.class));
      Random random = new Random(42);
      no.samspill.core.reflection.Reflections store =
          app.getBean(no.samspill.core.reflection.Reflections.class);
      // The tenant's week first, alone; then the rest of the database around it, same week.
      int week = (int) Math.round(total * 0.02 / TENANTS);
      seedWeek(store, random, TENANT, monday, week);
      double alone = report("the tenant's week alone", compose, mongo, monday, runs);
      seed(mongo, store, random, total - week, monday, 0.02);
      double full = report("full database, same week", compose, mongo, monday, runs);
      System.out.printf("ratio full database / week alone: %.2f%n", full / alone);
      seedWeek(store, random, TENANT, monday, 2000);
      report("full database, tenant's week 4x", compose, mongo, monday, runs);
    }
  }

  private static double report(
      String label, ComposeWeeklyDigest compose, MongoTemplate mongo, Instant monday, int runs) {
    Tenant tenant = new Tenant(TENANT, "Bench 0", Language.NB, SampleData.OSLO_ZONE, monday);
    DigestWeek week = DigestWeek.containing(monday, SampleData.OSLO_ZONE);
    // Unmeasured first, so the JIT has warmed the week alone as much as the full database after it.
    for (int i = 0; i < WARMUP; i++) {
      compose.compose(tenant, week);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      compose.compose(tenant, week);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    long inDb = mongo.getCollection("reflections").countDocuments();
    long inWeek =
        mongo
            .getCollection("reflections")
            .countDocuments(
                new Document("tenantId", "bench-0")
                    .append(
                        "completedAt", new Document("$gte", java.util.Date.from(week.start()))));
    System.out.printf(
        "%s: %d reflections in the database, %d in the tenant's week: median %.0f ms (min %.0f, max %.0f, %d runs)%n",
        label, inDb, inWeek, ms[runs / 2], ms[0], ms[runs - 1], runs);
    return ms[runs / 2];
  }

  /** Reflections spread over 50 tenants and a year; {@code inWeek} of them in this week. */
  /**
   * This week's reflections go through the port, as the app stores them; older ones are bulk
   * inserted, which is faster and leaves out only their own weeks' day lists.
   */
  private static void seed(
      MongoTemplate mongo,
      no.samspill.core.reflection.Reflections store,
      Random random,
      int count,
      Instant monday,
      double inWeek) {
    List<Reflection> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TenantId tenant = new TenantId("bench-" + random.nextInt(TENANTS));
      // The measured tenant's week is seeded on its own, so it stays the same week throughout.
      Instant at =
          random.nextDouble() < inWeek && !tenant.equals(TENANT)
              ? monday.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60)))
              : monday.minus(Duration.ofHours(1 + random.nextInt(365 * 24)));
      Reflection r = reflection(tenant, random, at);
      if (!at.isBefore(monday)) {
        store.save(r);
        continue;
      }
      batch.add(r);
      if (batch.size() == 1000) {
        mongo.insert(batch, "reflections");
        batch.clear();
      }
    }
    mongo.insert(batch, "reflections");
  }

  private static void seedWeek(
      no.samspill.core.reflection.Reflections store,
      Random random,
      TenantId tenant,
      Instant monday,
      int count) {
    for (int i = 0; i < count; i++) {
      store.save(
          reflection(tenant, random, monday.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60)))));
    }
  }

  private static final String[] MODES = {
    "competing", "collaborating", "compromising", "avoiding", "accommodating"
  };

  private static Reflection reflection(TenantId tenant, Random random, Instant at) {
    LeaderId leader = new LeaderId(tenant.value() + "-l" + random.nextInt(40));
    ShareChoice share = ShareChoice.values()[random.nextInt(3)];
    Reflection r = Reflection.start(tenant, leader, Phase.POST, "post", 1, null, null, "x", at);
    r = r.answered(Answer.scale("post.trust", "TRUST_CHANGE", 1 + random.nextInt(5), at), "y", at);
    r =
        r.answered(
            Answer.option("post.approach", "CONFLICT_USED", MODES[random.nextInt(5)], at), "z", at);
    return r.completed(
        Answer.text(
            "post.lesson", "LESSON", "Lærdom nummer " + random.nextInt(100000) + " om saken.", at),
        share,
        at);
  }
}
