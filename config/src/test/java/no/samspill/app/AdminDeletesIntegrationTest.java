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
 * saying why in the caller's language, with its figures as fields, and nothing is deleted) and
 * lists a case's nudges as the console's case page does. Everything happens in two municipalities
 * of this test's own, erased afterwards.
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

    String path = api + "/meetings/" + meeting.id().value();

    JsonNode refused = assertProblem(send("DELETE", path), 409, "nb");
    assertThat(refused.get("detail").asString())
        .startsWith("1 refleksjon er knyttet til møtet, så det blir stående");
    assertThat(refused.get("reflections").asLong()).isEqualTo(1);
    assertThat(
            assertProblem(send("DELETE", path, "en-GB,en;q=0.8"), 409, "en")
                .get("detail")
                .asString())
        .startsWith("1 reflection is tied to this meeting, so it stays");
    assertThat(meetings.findById(ours, meeting.id())).contains(meeting);
  }

  @Test
  void aBodyWithMeetingsAndAFollowerIs409UntilConfirmedAndThenGoesWithThem() throws Exception {
    PoliticalBody body = here.body("Nedlagt utvalg");
    Meeting meeting = here.meeting(body, 4);
    here.caseIn("Kaianlegg", meeting);
    here.follow(body);
    String path = api + "/bodies/" + body.id().value();
    // The case's PRE and POST to its owner, who has a case there and so no meeting-ended nudge.
    long planned =
        here.nudgesAbout(meeting.id()).stream()
            .filter(n -> n.status() == NudgeStatus.PLANNED)
            .count();
    assertThat(planned).isEqualTo(2);

    JsonNode bokmal = assertProblem(send("DELETE", path), 409, "nb");
    assertThat(bokmal.get("detail").asString())
        .isEqualTo(
            "Organet slettes med 1 møte, som tas ut av 1 sak; 1 leder slutter å følge det, og 2"
                + " planlagte påminnelser trekkes tilbake. Bekreft med confirm=true for å slette"
                + " det.");
    assertThat(bokmal.get("meetings").asLong()).isEqualTo(1);
    assertThat(bokmal.get("cases").asLong()).isEqualTo(1);
    assertThat(bokmal.get("followers").asLong()).isEqualTo(1);
    assertThat(bokmal.get("plannedNudges").asLong()).isEqualTo(planned);
    assertThat(assertProblem(send("DELETE", path, "nn"), 409, "nn").get("detail").asString())
        .startsWith("Organet blir sletta med 1 møte, som blir teke ut av 1 sak; 1 leiar sluttar");
    JsonNode english = assertProblem(send("DELETE", path, "en"), 409, "en");
    assertThat(english.get("detail").asString())
        .startsWith(
            "The body is deleted with 1 meeting, taken off 1 case; 1 leader stops following it,"
                + " and 2 planned nudges are withdrawn.");
    assertThat(english.get("plannedNudges").asLong()).isEqualTo(planned);
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

  /** The problem, after checking its status, its media type and the language it is in. */
  private JsonNode assertProblem(HttpResponse<String> response, int status, String language)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type").orElseThrow())
        .contains("application/problem+json");
    assertThat(response.headers().firstValue("content-language")).contains(language);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return send(method, path, null);
  }

  private HttpResponse<String> send(String method, String path, String acceptLanguage)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + TOKEN)
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
