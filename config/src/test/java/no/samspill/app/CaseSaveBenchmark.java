package no.samspill.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Following;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.schedule.PlanNudges;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: how long saving one case takes with few and with many cases in the tenant, through
 * the admin API and, for comparison, with the tenant-wide re-plan every save used to run. Each size
 * gets a fresh embedded database (or MONGODB_URI's server): a fixed number of leaders and meetings,
 * each leader following one body. Run with bench/case-save.sh; args: case counts (comma-separated),
 * runs, leaders.
 */
public final class CaseSaveBenchmark {

  private static final String TOKEN = "bench-admin-token-0123456789";
  private static final TenantId TENANT = new TenantId("bench-kommune");
  private static final int BODIES = 6;
  private static final int MEETINGS_PER_BODY = 20;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private CaseSaveBenchmark() {}

  public static void main(String[] args) throws Exception {
    int[] sizes =
        Arrays.stream((args.length > 0 ? args[0] : "10,10000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int leaders = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    double[][] medians = new double[sizes.length][];
    for (int i = 0; i < sizes.length; i++) {
      medians[i] = measure(sizes[i], leaders, runs);
    }
    String[] labels = {
      "save one case, admin API", "move one meeting, admin API", "old: tenant-wide re-plan per save"
    };
    for (int k = 0; k < labels.length; k++) {
      System.out.printf(
          "ratio %s: %d vs %d cases = %.1fx%n",
          labels[k],
          sizes[sizes.length - 1],
          sizes[0],
          medians[sizes.length - 1][k] / medians[0][k]);
    }
  }

  /** Medians in ms: saving a case, moving a meeting, and saving a case with the old re-plan. */
  private static double[] measure(int caseCount, int leaderCount, int runs) throws Exception {
    try (ConfigurableApplicationContext app =
        TestApp.start(
            Files.createTempDirectory("samspill-case-bench").resolve("b.mv"),
            TestApp.newDatabase(),
            "samspill.scheduling.enabled=false",
            "samspill.sample-data.enabled=false",
            "samspill.admin.token=" + TOKEN)) {
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      String api = base + "/api/v1/tenants/" + TENANT.value();
      Seeded data = seed(app, caseCount, leaderCount);
      long started = System.nanoTime();
      int planned = app.getBean(PlanNudges.class).replan(TENANT);
      System.out.printf(
          "%d cases, %d leaders, %d meetings: %d nudges planned in %.0f ms%n",
          caseCount,
          leaderCount,
          data.meetings().size(),
          planned,
          (System.nanoTime() - started) / 1e6);

      PoliticalCase target = data.cases().get(data.cases().size() / 2);
      Meeting meeting =
          data.meetings().stream()
              .filter(m -> m.id().equals(target.meetingIds().get(0)))
              .findFirst()
              .orElseThrow();
      Cases cases = app.getBean(Cases.class);
      PlanNudges planNudges = app.getBean(PlanNudges.class);
      Timing timing = new Timing(caseCount, runs);
      double save =
          timing.median(
              "save one case, admin API",
              2,
              run -> put(api + "/cases/" + target.id().value(), caseJson(target, run)));
      double move =
          timing.median(
              "move one meeting, admin API",
              2,
              run -> put(api + "/meetings/" + meeting.id().value(), meetingJson(meeting, run)));
      // The seeding re-plan has already warmed this path.
      double old =
          timing.median(
              "old: tenant-wide re-plan per save",
              0,
              run -> {
                cases.save(version(target, run));
                planNudges.replan(TENANT);
              });
      return new double[] {save, move, old};
    }
  }

  /** Times one kind of save at one tenant size, after unmeasured warm-up runs. */
  record Timing(int caseCount, int runs) {
    double median(String label, int warmups, IntConsumer once) {
      for (int run = 0; run < warmups; run++) {
        once.accept(run);
      }
      double[] ms = new double[runs];
      for (int run = 0; run < runs; run++) {
        long start = System.nanoTime();
        once.accept(warmups + run);
        ms[run] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(ms);
      double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
      System.out.printf(
          "%s, %d cases: median %.1f ms over %d runs (min %.1f, max %.1f)%n",
          label, caseCount, median, runs, ms[0], ms[runs - 1]);
      return median;
    }
  }

  record Seeded(List<Meeting> meetings, List<PoliticalCase> cases) {}

  private static Seeded seed(ConfigurableApplicationContext app, int caseCount, int leaderCount) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
    app.getBean(Tenants.class)
        .save(new Tenant(TENANT, "Bench kommune", Language.NB, SampleData.OSLO_ZONE, now));
    List<BodyId> bodies = new ArrayList<>();
    for (int b = 0; b < BODIES; b++) {
      BodyId id = new BodyId("bench-body-" + b);
      BodyKind kind =
          b == 0 ? BodyKind.KOMMUNESTYRE : b == 1 ? BodyKind.FORMANNSKAP : BodyKind.UTVALG;
      app.getBean(PoliticalBodies.class).save(new PoliticalBody(id, TENANT, "Organ " + b, kind));
      bodies.add(id);
    }
    // A year of meetings from two weeks ago: some just past, most still to come.
    List<Meeting> meetings = new ArrayList<>();
    for (int k = 0; k < MEETINGS_PER_BODY; k++) {
      for (int b = 0; b < BODIES; b++) {
        Instant start = now.minus(Duration.ofDays(14)).plus(Duration.ofDays(k * 18L + b * 2L));
        Meeting meeting =
            new Meeting(
                new MeetingId("bench-m-" + b + "-" + k),
                TENANT,
                bodies.get(b),
                "Møte",
                start,
                start.plus(Duration.ofHours(3)),
                List.of());
        app.getBean(Meetings.class).save(meeting);
        meetings.add(meeting);
      }
    }
    List<LeaderId> leaders = new ArrayList<>();
    for (int l = 0; l < leaderCount; l++) {
      LeaderId id = new LeaderId("bench-leader-" + l);
      app.getBean(Leaders.class)
          .save(
              new Leader(
                  id, TENANT, "Leder " + l, null, null, Language.NB, null, false, List.of(), now));
      if (l % 3 == 0) {
        app.getBean(Follows.class)
            .save(new Following(TENANT, id, Set.of(bodies.get((l / 3) % BODIES)), true));
      }
      leaders.add(id);
    }
    List<PoliticalCase> cases = new ArrayList<>();
    for (int c = 0; c < caseCount; c++) {
      int first = (c * 7) % (meetings.size() - BODIES);
      PoliticalCase politicalCase =
          new PoliticalCase(
              new CaseId("bench-case-" + c),
              TENANT,
              "Sak " + c,
              "2026/" + c,
              leaders.get(c % leaders.size()),
              List.of(meetings.get(first).id(), meetings.get(first + BODIES).id()),
              CaseStatus.IN_TREATMENT,
              now);
      app.getBean(Cases.class).save(politicalCase);
      cases.add(politicalCase);
    }
    return new Seeded(meetings, cases);
  }

  /** Every other run takes the case's first meeting off it, so each save changes its nudges. */
  private static PoliticalCase version(PoliticalCase politicalCase, int run) {
    List<MeetingId> meetings = politicalCase.meetingIds();
    return new PoliticalCase(
        politicalCase.id(),
        politicalCase.tenantId(),
        politicalCase.title(),
        politicalCase.caseNumber(),
        politicalCase.ownerId(),
        run % 2 == 0 ? meetings : meetings.subList(1, meetings.size()),
        politicalCase.status(),
        politicalCase.createdAt());
  }

  private static String caseJson(PoliticalCase politicalCase, int run) {
    String meetings =
        String.join(
            "\",\"",
            version(politicalCase, run).meetingIds().stream().map(MeetingId::value).toList());
    return """
        {"title":"%s","ownerId":"%s","meetingIds":["%s"],"status":"IN_TREATMENT"}"""
        .formatted(politicalCase.title(), politicalCase.ownerId().value(), meetings);
  }

  /** Moves the meeting an hour later each run. */
  private static String meetingJson(Meeting meeting, int run) {
    Instant start = meeting.start().plus(Duration.ofHours(run % 5));
    return """
        {"bodyId":"%s","title":"Møte","start":"%s","end":"%s"}"""
        .formatted(meeting.bodyId().value(), start, start.plus(Duration.ofHours(3)));
  }

  private static void put(String uri, String body) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(uri))
                  .header("Authorization", "Bearer " + TOKEN)
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(uri + " answered " + response.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
