package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samspill.core.casework.CancelMeeting;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.privacy.AuditQuery;
import no.samspill.core.schedule.CaseNudges;
import no.samspill.core.schedule.NudgeStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API deletes meetings and bodies through the console's use cases (a refusal is a 409
 * saying why, and nothing is deleted) and lists a case's nudges as the console's case page does.
 * Everything happens in two municipalities of this test's own, erased afterwards.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.scheduling.enabled=false",
      "samspill.admin.token=" + AdminDeletesIntegrationTest.TOKEN
    })
class AdminDeletesIntegrationTest {

  static final String TOKEN = "admin-deletes-token-5678";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired ApplicationContext app;
  @Autowired Tenants tenants;
  @Autowired TenantErasure erasure;
  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;
  @Autowired Cases cases;
  @Autowired CaseNudges caseNudges;
  @Autowired CancelMeeting cancelMeeting;
  @Autowired AuditLog audit;

  private final TenantId ours =
      new TenantId("deletes-" + UUID.randomUUID().toString().substring(0, 8));
  private final TenantId theirs =
      new TenantId("deletes-" + UUID.randomUUID().toString().substring(0, 8));
  private DeletesFixture here;
  private DeletesFixture there;
  private String api;

  @BeforeEach
  void municipalities() {
    for (TenantId id : List.of(ours, theirs)) {
      tenants.save(new Tenant(id, "Slettevik " + id.value(), Language.NB, null, Instant.now()));
    }
    here = new DeletesFixture(app, ours);
    there = new DeletesFixture(app, theirs);
    api = "/api/v1/tenants/" + ours.value();
  }

  @AfterEach
  void eraseThem() {
    here.close();
    there.close();
    erasure.erase(ours);
    erasure.erase(theirs);
  }

  @Test
  void aComingMeetingIsDeletedTakenOffItsCaseAndItsNudgesWithdrawn() throws Exception {
    PoliticalBody body = here.body("Utvalget");
    Meeting meeting = here.meeting(body, 5);
    PoliticalCase school = here.caseIn("Skolebruksplan", meeting);
    assertThat(here.nudgesAbout(meeting.id())).isNotEmpty();
    String path = api + "/meetings/" + meeting.id().value();

    assertThat(send("DELETE", path).statusCode()).isEqualTo(204);

    assertThat(send("GET", path).statusCode()).isEqualTo(404);
    assertThat(send("DELETE", path).statusCode()).isEqualTo(404);
    assertThat(cases.findById(ours, school.id()).orElseThrow().meetingIds()).isEmpty();
    assertThat(here.nudgesAbout(meeting.id()))
        .isNotEmpty()
        .allSatisfy(
            n -> {
              assertThat(n.status()).isEqualTo(NudgeStatus.CANCELLED);
              assertThat(n.reason()).isEqualTo("meeting deleted");
            });
    assertThat(audit.find(new AuditQuery(ours, AuditEntry.ADMIN_CHANGE, null, null, 0, 50)))
        .extracting(AuditEntry::what)
        .contains("DELETE " + path);
  }

  @Test
  void aMeetingALeaderReflectedOnIs409SayingWhyAndStays() throws Exception {
    Meeting meeting = here.meeting(here.body("Utvalget"), 5);
    here.reflectOn(meeting);

    HttpResponse<String> refused = send("DELETE", api + "/meetings/" + meeting.id().value());

    assertProblem(refused, 409, "1 reflection(s) are tied to the meeting; cancel it instead");
    assertThat(meetings.findById(ours, meeting.id())).contains(meeting);
  }

  @Test
  void aBodyWithMeetingsAndAFollowerIs409UntilConfirmedAndThenGoesWithThem() throws Exception {
    PoliticalBody body = here.body("Nedlagt utvalg");
    Meeting meeting = here.meeting(body, 4);
    here.caseIn("Kaianlegg", meeting);
    here.follow(body);
    String path = api + "/bodies/" + body.id().value();

    assertProblem(
        send("DELETE", path),
        409,
        "deletes its 1 meeting(s), takes them off 1 case(s) and stops 1 leader(s) following it");
    assertThat(bodies.findById(ours, body.id())).isPresent();
    assertThat(meetings.findById(ours, meeting.id())).isPresent();

    assertThat(send("DELETE", path + "?confirm=true").statusCode()).isEqualTo(204);
    assertThat(send("GET", path).statusCode()).isEqualTo(404);
    assertThat(meetings.findById(ours, meeting.id())).isEmpty();
    PoliticalBody empty = here.body("Tomt utvalg");
    assertThat(send("DELETE", api + "/bodies/" + empty.id().value()).statusCode()).isEqualTo(204);
  }

  @Test
  void anotherMunicipalitysBodyMeetingAndCaseAre404UnderOurPathAndStay() throws Exception {
    PoliticalBody body = there.body("Deres utvalg");
    Meeting meeting = there.meeting(body, 4);
    PoliticalCase theirCase = there.caseIn("Deres sak", meeting);

    assertThat(send("DELETE", api + "/meetings/" + meeting.id().value()).statusCode())
        .isEqualTo(404);
    assertThat(send("DELETE", api + "/bodies/" + body.id().value() + "?confirm=true").statusCode())
        .isEqualTo(404);
    assertThat(send("GET", api + "/cases/" + theirCase.id().value() + "/nudges").statusCode())
        .isEqualTo(404);
    assertThat(bodies.findById(theirs, body.id())).isPresent();
    assertThat(meetings.findById(theirs, meeting.id())).isPresent();
  }

  @Test
  void aCasesNudgesAreListedAsTheConsolesCasePageShowsThem() throws Exception {
    PoliticalBody body = here.body("Utvalget");
    Meeting first = here.meeting(body, 4);
    Meeting second = here.meeting(body, 6);
    PoliticalCase roads = here.caseIn("Veiplan", first, second);
    cancelMeeting.cancel(ours, second.id());
    String path = api + "/cases/" + roads.id().value() + "/nudges";

    HttpResponse<String> listed = send("GET", path);

    assertThat(listed.statusCode()).isEqualTo(200);
    JsonNode nudges = JSON.readTree(listed.body());
    List<String> expected =
        caseNudges.of(roads).stream()
            .map(n -> n.id() + " " + n.status() + " " + n.dueAt() + " " + n.reason())
            .toList();
    assertThat(expected).hasSizeGreaterThan(3);
    List<String> got = new ArrayList<>();
    nudges.forEach(
        n ->
            got.add(
                n.get("id").asString()
                    + " "
                    + n.get("status").asString()
                    + " "
                    + Instant.parse(n.get("dueAt").asString())
                    + " "
                    + (n.get("reason").isNull() ? null : n.get("reason").asString())));
    assertThat(got).isEqualTo(expected);
    assertThat(got)
        .anyMatch(s -> s.contains(" PLANNED "))
        .anyMatch(s -> s.endsWith("meeting cancelled"));
    assertThat(nudges.get(0).get("leaderId").asString()).isEqualTo(here.owner.id().value());
    assertThat(send("GET", api + "/cases/no-such-case/nudges").statusCode()).isEqualTo(404);
    assertThat(audit.find(new AuditQuery(ours, AuditEntry.PERSONAL_DATA_READ, null, null, 0, 50)))
        .extracting(AuditEntry::what)
        .contains("GET " + path);
  }

  @Test
  void theOpenApiDocumentDescribesTheDeletesAndACasesNudges() throws Exception {
    HttpResponse<String> docs =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
            HttpResponse.BodyHandlers.ofString());

    JsonNode paths = JSON.readTree(docs.body()).get("paths");
    String tenant = "/api/v1/tenants/{tenantId}";
    assertThat(paths.get(tenant + "/meetings/{meetingId}").has("delete")).isTrue();
    JsonNode deleteBody = paths.get(tenant + "/bodies/{bodyId}").get("delete");
    List<String> parameters = new ArrayList<>();
    deleteBody.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
    assertThat(parameters).contains("confirm");
    assertThat(paths.get(tenant + "/cases/{caseId}/nudges").has("get")).isTrue();
  }

  private void assertProblem(HttpResponse<String> response, int status, String detail)
      throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type").orElseThrow())
        .contains("application/problem+json");
    assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(detail);
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + TOKEN)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
