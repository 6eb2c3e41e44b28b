package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web channel's digest archive over real HTTP: each tenant sees its own digests only. */
class WebDigestArchiveIntegrationTest {

  private static final TenantId FJORDVIK = SampleData.TENANT;
  private static final TenantId NESBY = new TenantId("nesby");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
  private static final Instant FRIDAY = Instant.parse("2026-11-27T12:05:00Z");

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    // Quartz off, so the real digest job does not claim the weeks this test posts.
    app =
        TestApp.start(
            dir.resolve("archive.mv"), TestApp.newDatabase(), "samspill.scheduling.enabled=false");
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    app.getBean(Tenants.class)
        .save(new Tenant(NESBY, "Nesby kommune", Language.NN, Tenant.DEFAULT_TIME_ZONE, FRIDAY));
    posted(FJORDVIK, "2026-W47", FRIDAY.minus(Duration.ofDays(7)), "Fjordvik i uke 47", PNG);
    posted(FJORDVIK, "2026-W48", FRIDAY, "Fjordvik i uke 48", PNG);
    posted(NESBY, "2026-W46", FRIDAY, "Nesby i veke 46", PNG);
    posted(NESBY, "2026-W48", FRIDAY, "Nesby i veke 48", null);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void listsTheTenantsPostedDigestsNewestFirstWithTheirLessonsAndChart() throws Exception {
    JsonNode digests = json.readTree(ok(get("/api/web/tenants/sample-fjordvik/digests")).body());

    assertThat(digests.size()).isEqualTo(2);
    JsonNode latest = digests.get(0);
    assertThat(latest.get("week").asString()).isEqualTo("2026-W48");
    assertThat(latest.get("title").asString()).isEqualTo("Fjordvik i uke 48");
    assertThat(latest.get("postedAt").asString()).isEqualTo("2026-11-27T12:05:00Z");
    assertThat(latest.get("sections").get(1).get("heading").asString())
        .isEqualTo("Lærdom – tillit");
    assertThat(latest.get("sections").get(1).get("lines").get(0).asString())
        .isEqualTo("• Send notatet en uke før (en enhetsleder)");
    assertThat(latest.get("chartAltText").asString()).isEqualTo("Stolpediagram");
    assertThat(digests.get(1).get("week").asString()).isEqualTo("2026-W47");

    HttpResponse<byte[]> chart = getBytes(latest.get("chartUrl").asString());
    assertThat(chart.statusCode()).isEqualTo(200);
    assertThat(chart.headers().firstValue("content-type")).hasValue("image/png");
    assertThat(chart.body()).isEqualTo(PNG);
  }

  @Test
  void aTenantNeverSeesAnotherTenantsDigestOrChart() throws Exception {
    String fjordvik = ok(get("/api/web/tenants/sample-fjordvik/digests")).body();
    String nesby = ok(get("/api/web/tenants/nesby/digests")).body();

    assertThat(fjordvik).doesNotContain("Nesby");
    assertThat(nesby).doesNotContain("Fjordvik").contains("Nesby i veke 48", "Nesby i veke 46");
    assertThat(get("/api/web/tenants/sample-fjordvik/digests/2026-W46/chart.png").statusCode())
        .as("Nesby's week under Fjordvik")
        .isEqualTo(404);
    assertThat(getBytes("/api/web/tenants/nesby/digests/2026-W48/chart.png").body())
        .as("Nesby's own week without a chart, not Fjordvik's chart of that week")
        .isNotEqualTo(PNG);
  }

  @Test
  void anUnknownTenantOrWeekIsA404Problem() throws Exception {
    HttpResponse<String> tenant = get("/api/web/tenants/nowhere/digests");
    HttpResponse<String> week = get("/api/web/tenants/sample-fjordvik/digests/2026-W01/chart.png");
    HttpResponse<String> noChart = get("/api/web/tenants/nesby/digests/2026-W48/chart.png");

    for (HttpResponse<String> response : List.of(tenant, week, noChart)) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("content-type"))
          .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
      assertThat(response.body()).doesNotContain("Exception");
    }
    assertThat(json.readTree(tenant.body()).get("detail").asString())
        .isEqualTo(
            "Jeg finner ikke det du ba om – kanskje det er slettet. Last siden på nytt og velg leder igjen.");
  }

  private static void posted(TenantId tenant, String week, Instant at, String title, byte[] png) {
    DigestPosts posts = app.getBean(DigestPosts.class);
    String key = tenant.value() + "|" + week;
    posts.claim(key, at, Duration.ofMinutes(5), "test");
    posts.finish(
        key,
        "test",
        "{archive=DELIVERED}",
        new ArchivedDigest(
            tenant,
            week,
            title,
            List.of(
                new DigestText.Section(null, List.of("Tre ledere delte lærdom denne uka.")),
                new DigestText.Section(
                    "Lærdom – tillit", List.of("• Send notatet en uke før (en enhetsleder)"))),
            png,
            png == null ? null : "Stolpediagram",
            at));
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "image/png,*/*").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> getBytes(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
