package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leaders;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo panel's shortcuts over real HTTP: post this week's digest now, reset the sample. */
class WebDemoApiIntegrationTest {

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static HttpCalls http;
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    app =
        TestApp.start(
            // No dispatcher: a sample nudge falling due mid-test would start a flow of its own.
            dir.resolve("demo.mv"), TestApp.newDatabase(), "samspill.scheduling.enabled=false");
    http =
        new HttpCalls("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theCoordinatorPostsThisWeeksDigestNowOnceAndOthersCannot() throws Exception {
    app.getBean(no.samspill.core.directory.SampleTenant.class).reset();

    HttpResponse<String> first = post("/api/web/demo/digest", leader("sample-kari"));
    HttpResponse<String> again = post("/api/web/demo/digest", leader("sample-kari"));
    HttpResponse<String> notCoordinator = post("/api/web/demo/digest", leader("sample-per"));
    HttpResponse<String> unknown = post("/api/web/demo/digest", leader("nobody"));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json.readTree(first.body()).get("posted").asBoolean()).isTrue();
    assertThat(json.readTree(again.body()).get("posted").asBoolean()).isFalse();
    assertThat(notCoordinator.statusCode()).isEqualTo(403);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(archivedWeeks()).containsExactly(thisWeek());
  }

  @Test
  void resetPutsTheSampleMunicipalityBackAsItWasFirstLoaded() throws Exception {
    Leaders leaders = app.getBean(Leaders.class);
    Cases cases = app.getBean(Cases.class);
    post("/api/web/demo/digest", leader("sample-kari"));
    cases.save(
        new PoliticalCase(
            new CaseId("demo-extra"),
            SampleData.TENANT,
            "Ny sak fra demoen",
            null,
            SampleData.PER,
            List.of(),
            CaseStatus.IN_PREPARATION,
            Instant.now()));
    leaders.delete(SampleData.OLA);

    HttpResponse<String> reset = post("/api/web/demo/reset", "");

    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    assertThat(archivedWeeks()).as("the digests are gone").isEmpty();
    assertThat(cases.findByOwner(SampleData.TENANT, SampleData.PER)).isEmpty();
    assertThat(leaders.findById(SampleData.OLA)).isPresent();
    assertThat(
            leaders.findByIdentity(
                new ChatIdentity("web", SampleData.TENANT.value(), "sample-ola")))
        .contains(SampleData.OLA);
    JsonNode tenants = json.readTree(get("/api/web/tenants").body());
    assertThat(tenants.get(0).get("leaders").size()).isEqualTo(4);
    assertThat(cases.findByOwner(SampleData.TENANT, SampleData.KARI)).hasSize(1);
  }

  private static List<String> archivedWeeks() throws Exception {
    JsonNode digests =
        json.readTree(get("/api/web/tenants/" + SampleData.TENANT.value() + "/digests").body());
    return digests.valueStream().map(d -> d.get("week").asString()).toList();
  }

  private static String thisWeek() {
    return DigestWeek.containing(
            Instant.now(), app.getBean(SchedulePolicies.class).of(SampleData.TENANT).digestZone())
        .key();
  }

  private static String leader(String id) {
    return "{\"leaderId\":\"" + id + "\"}";
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return http.post(path, body);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.get(path);
  }
}
