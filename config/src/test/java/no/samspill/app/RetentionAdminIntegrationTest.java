package no.samspill.app;

import static no.samspill.app.AdminApiCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.publishing.PostWeeklyDigest;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention policy and the export of shared material in the admin API, and the daily purge as
 * the running app schedules it.
 */
class RetentionAdminIntegrationTest {

  static final String FJORDVIK = "/api/v1/tenants/sample-fjordvik";

  private static final String NAMED = "Snakk med gruppelederne før saken sendes ut.";
  private static final String ANONYMOUS = "Ta de kritiske spørsmålene i saksframlegget.";
  private static final String PRIVATE = "Jeg stoler ikke lenger på rådmannen.";

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static AdminApiCalls api;
  static final HttpClient http = HttpClient.newHttpClient();
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    app =
        TestApp.start(
            dir.resolve("retention.mv"),
            TestApp.newDatabase(),
            "samspill.admin.token=" + AdminApiCalls.TOKEN);
    api = new AdminApiCalls(app);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theRunningAppPurgesOnceTodayAndAuditsTheCounts() throws Exception {
    MongoTemplate mongo = app.getBean(MongoTemplate.class);
    String today = "purge|" + LocalDate.now(ZoneOffset.UTC);
    Document run = null;
    for (int i = 0; i < 100 && (run == null || !"DONE".equals(run.getString("status"))); i++) {
      run = mongo.findById(today, Document.class, "purge_runs");
      Thread.sleep(200);
    }

    assertThat(run).isNotNull();
    assertThat(run.getString("status")).isEqualTo("DONE");
    // Each tenant there was when the purge ran (the sample tenant may come later) has one entry.
    String counts = run.getString("counts");
    int tenants = counts.split("Purged\\[", -1).length - 1;
    Query purges = Query.query(Criteria.where("action").is("PURGE"));
    assertThat(mongo.find(purges, Document.class, "audit_log"))
        .hasSize(tenants)
        .allSatisfy(
            e -> {
              assertThat(counts).contains("tenant=" + e.getString("tenantId") + ",");
              assertThat(e.getString("detail")).matches("reflections=\\d+ conversations=.*");
            });

    // The job run again the same day finds the day's purge done and deletes or writes nothing.
    app.getBean(Scheduler.class).triggerJob(JobKey.jobKey("purge-expired-data", "samspill"));
    Thread.sleep(2000);
    assertThat(mongo.find(purges, Document.class, "audit_log")).hasSize(tenants);
    assertThat(mongo.findById(today, Document.class, "purge_runs").getString("counts"))
        .isEqualTo(counts);
  }

  @Test
  void readsAndChangesTheRetentionPolicyFieldByField() throws Exception {
    String path = FJORDVIK + "/retention-policy";
    JsonNode defaults = json.readTree(send("GET", path, null).body());
    assertThat(defaults.get("reflectionMonths").asInt()).isEqualTo(24);
    assertThat(defaults.get("digestMonths").asInt()).isEqualTo(24);
    assertThat(defaults.get("nudgeMonths").asInt()).isEqualTo(6);
    assertThat(defaults.get("auditMonths").asInt()).isEqualTo(60);

    HttpResponse<String> changed = send("PUT", path, "{\"reflectionMonths\":12}");

    assertThat(changed.statusCode()).isEqualTo(200);
    JsonNode policy = json.readTree(send("GET", path, null).body());
    assertThat(policy.get("reflectionMonths").asInt()).isEqualTo(12);
    assertThat(policy.get("auditMonths").asInt()).isEqualTo(60);
    assertThat(send("PUT", path, "{\"reflectionMonths\":24}").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesARetentionOutOfRangeNamingTheFieldAndKeepsThePolicy() throws Exception {
    String path = FJORDVIK + "/retention-policy";
    String before = send("GET", path, null).body();

    assertProblem(send("PUT", path, "{\"reflectionMonths\":-1}"), 400, "'reflectionMonths'");
    assertProblem(send("PUT", path, "{\"digestMonths\":0}"), 400, "'digestMonths'");
    assertProblem(send("PUT", path, "{\"nudgeMonths\":100000}"), 400, "'nudgeMonths'");
    assertProblem(send("PUT", path, "{\"auditMonths\":3}"), 400, "'auditMonths'");
    assertProblem(send("PUT", path, "{\"auditMonths\":\"forever\"}"), 400, "'auditMonths'");
    assertProblem(
        send("PUT", "/api/v1/tenants/no-such-town/retention-policy", "{}"), 404, "no-such-town");

    assertThat(json.readTree(send("GET", path, null).body())).isEqualTo(json.readTree(before));
  }

  @Test
  void saysARefusedRetentionInTheCallersLanguageWithTheFieldBesideIt() throws Exception {
    String path = FJORDVIK + "/retention-policy";

    HttpResponse<String> nynorsk = api.sendAccepting("nn", "PUT", path, "{\"nudgeMonths\":61}");
    HttpResponse<String> english = api.sendAccepting("en", "PUT", path, "{\"nudgeMonths\":0}");

    assertThat(nynorsk.statusCode()).isEqualTo(400);
    assertThat(nynorsk.headers().firstValue("Content-Language")).contains("nn");
    JsonNode problem = json.readTree(nynorsk.body());
    assertThat(problem.get("detail").asString()).isEqualTo("Skriv eit tal månader frå 1 til 60.");
    assertThat(problem.get("field").asString()).isEqualTo("nudgeMonths");
    assertThat(json.readTree(english.body()).get("detail").asString())
        .isEqualTo("Enter a number of months from 1 to 60.");
  }

  @Test
  void exportsSharedLessonsAndDigestsButNeverAPrivateReflection() throws Exception {
    TenantId town = new TenantId("export-town");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    app.getBean(Tenants.class).save(new Tenant(town, "Eksportvik", null, null, now));
    Reflections reflections = app.getBean(Reflections.class);
    Instant earlier = now.minus(Duration.ofMinutes(5));
    for (String[] who : new String[][] {{"Kari Nordmann", NAMED}, {"Per Hansen", ANONYMOUS}}) {
      Leader leader = leader(town, who[0], now);
      ShareChoice share = who[1].equals(NAMED) ? ShareChoice.NAMED : ShareChoice.ANONYMOUS;
      lesson(reflections, leader, who[1], share, earlier);
      lesson(reflections, leader, PRIVATE, ShareChoice.PRIVATE, earlier);
    }
    assertThat(app.getBean(PostWeeklyDigest.class).postNow(town)).isTrue();

    HttpResponse<String> response = send("GET", "/api/v1/tenants/export-town/export/shared", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(PRIVATE).doesNotContain("Jeg stoler");
    JsonNode export = json.readTree(response.body());
    assertThat(export.get("tenantId").asString()).isEqualTo("export-town");
    assertThat(export.get("sharedLessons").valueStream().map(l -> l.get("text").asString()))
        .containsExactlyInAnyOrder(NAMED, ANONYMOUS);
    assertThat(export.get("sharedLessons").valueStream().map(l -> l.get("by").asString()))
        .anyMatch(by -> by.startsWith("Kari Nordmann"))
        .noneMatch(by -> by.contains("Per Hansen"));
    JsonNode digest = export.get("digests").get(0);
    assertThat(digest.get("postedAt").asString()).isNotBlank();
    assertThat(digest.get("sections").toString()).contains(NAMED).doesNotContain(PRIVATE);
    assertThat(export.get("digests").size()).isEqualTo(1);
    assertProblem(send("GET", "/api/v1/tenants/nowhere/export/shared", null), 404, "nowhere");
  }

  private static Leader leader(TenantId town, String name, Instant now) {
    Leader leader =
        new Leader(
            LeaderId.random(),
            town,
            name,
            "Kommunalsjef",
            null,
            Language.NB,
            null,
            false,
            List.of(new ChatIdentity("web", town.value(), name)),
            now);
    app.getBean(Leaders.class).save(leader);
    return leader;
  }

  private static void lesson(
      Reflections reflections, Leader leader, String text, ShareChoice share, Instant at) {
    Reflection started =
        reflections.save(
            Reflection.start(
                leader.tenantId(), leader.id(), Phase.POST, "post", 1, null, null, "a", at));
    reflections.save(started.completed(Answer.text("post.lesson", "LESSON", text, at), share, at));
  }

  private static HttpResponse<String> send(String method, String path, String body)
      throws Exception {
    return api.send(method, path, body);
  }
}
