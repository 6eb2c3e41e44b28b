package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin API over real HTTP: the token, good input, and bad input as clear 4xx problems. */
class AdminApiIntegrationTest {

  static final String TOKEN = "admin-test-token-1234";
  static final String FJORDVIK = "/api/v1/tenants/sample-fjordvik";

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    app =
        TestApp.start(
            dir.resolve("admin.mv"), TestApp.newDatabase(), "samspill.admin.token=" + TOKEN);
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    TenantId other = new TenantId("other-town");
    app.getBean(Tenants.class).save(new Tenant(other, "Other town", null, null, Instant.now()));
    app.getBean(PoliticalBodies.class)
        .save(
            new PoliticalBody(
                new BodyId("other-body"), other, "Their council", BodyKind.KOMMUNESTYRE));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void refusesRequestsWithoutTheRightBearerToken() throws Exception {
    HttpResponse<String> none =
        http.send(
            HttpRequest.newBuilder(URI.create(base + FJORDVIK + "/bodies")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> wrong = send("GET", FJORDVIK + "/bodies", null, "Bearer wrong-token");
    HttpResponse<String> basic = send("GET", FJORDVIK + "/bodies", null, "Basic " + TOKEN);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("sample-ks");
  }

  @Test
  void createsAMeetingWithItsAgendaAndReadsItBack() throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"sample-fsk","title":"Formannskapet",
             "start":"2030-03-05T16:00:00Z","end":"2030-03-05T19:00:00Z",
             "agenda":[{"number":"12/30","title":"Skolebruksplan","caseId":null}]}""");

    assertThat(created.statusCode()).isEqualTo(201);
    String id = json.readTree(created.body()).get("id").asString();
    JsonNode meeting = json.readTree(send("GET", FJORDVIK + "/meetings/" + id, null).body());
    assertThat(meeting.get("bodyId").asString()).isEqualTo("sample-fsk");
    assertThat(meeting.get("start").asString()).isEqualTo("2030-03-05T16:00:00Z");
    assertThat(meeting.get("agenda").get(0).get("title").asString()).isEqualTo("Skolebruksplan");
  }

  @Test
  void refusesAMeetingThatEndsBeforeItStartsAndWritesNothing() throws Exception {
    int before = meetingCount();
    HttpResponse<String> response =
        send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"sample-fsk","start":"2030-03-05T16:00:00Z","end":"2030-03-05T15:00:00Z"}""");

    assertProblem(response, 400, "ends");
    assertThat(meetingCount()).isEqualTo(before);
  }

  @Test
  void refusesAbsurdDatesAndUnknownReferencesNamingTheItem() throws Exception {
    assertProblem(
        send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"sample-fsk","start":"2999-03-05T16:00:00Z","end":"2999-03-05T18:00:00Z"}"""),
        400,
        "not a plausible date");
    assertProblem(
        send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"no-such-body","start":"2030-03-05T16:00:00Z","end":"2030-03-05T18:00:00Z"}"""),
        400,
        "no-such-body");
    assertProblem(
        send(
            "POST",
            FJORDVIK + "/cases",
            """
            {"title":"Sak","ownerId":"sample-kari","meetingIds":["sample-m2","nope"]}"""),
        400,
        "meetingIds[1]");
  }

  @Test
  void answersMalformedJsonAndWrongTypesWithA400NamingTheField() throws Exception {
    assertProblem(send("POST", FJORDVIK + "/bodies", "{\"name\": "), 400, "not valid JSON");
    HttpResponse<String> wrongType =
        send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"sample-fsk","start":"next tuesday","end":"2030-03-05T18:00:00Z"}""");
    assertProblem(wrongType, 400, "'start'");
    assertThat(wrongType.body()).doesNotContain("Exception").doesNotContain("at no.samspill");
  }

  @Test
  void treatsAnotherTenantsResourcesAsNotFound() throws Exception {
    assertProblem(send("GET", FJORDVIK + "/bodies/other-body", null), 404, "other-body");
    assertProblem(send("GET", "/api/v1/tenants/nowhere/bodies", null), 404, "nowhere");
    assertProblem(
        send("PUT", FJORDVIK + "/leaders/sample-kari/follows", "{\"bodyIds\":[\"other-body\"]}"),
        400,
        "other-body");
  }

  @Test
  void setsWhichBodiesALeaderFollowsAndSwitchesTheMeetingEndedNudgeOff() throws Exception {
    HttpResponse<String> response =
        send(
            "PUT",
            FJORDVIK + "/leaders/sample-per/follows",
            "{\"bodyIds\":[\"sample-ks\",\"sample-hhs\"],\"meetingEndedNudges\":false}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode follows =
        json.readTree(send("GET", FJORDVIK + "/leaders/sample-per/follows", null).body());
    assertThat(follows.get("bodyIds").toString()).isEqualTo("[\"sample-hhs\",\"sample-ks\"]");
    assertThat(follows.get("meetingEndedNudges").asBoolean()).isFalse();
  }

  @Test
  void changesTheSchedulePolicyAndRefusesWorkingHoursThatEndBeforeTheyStart() throws Exception {
    HttpResponse<String> changed =
        send(
            "PUT",
            FJORDVIK + "/schedule-policy",
            "{\"afterMeeting\":\"PT3H\",\"closedDays\":[\"2030-12-27\"]}");
    assertThat(changed.statusCode()).isEqualTo(200);

    assertProblem(
        send(
            "PUT",
            FJORDVIK + "/schedule-policy",
            "{\"workStart\":\"17:00\",\"workEnd\":\"09:00\"}"),
        400,
        "Working hours");
    JsonNode policy = json.readTree(send("GET", FJORDVIK + "/schedule-policy", null).body());
    assertThat(policy.get("afterMeeting").asString()).isEqualTo("PT3H");
    assertThat(policy.get("workStart").asString()).isEqualTo("08:00:00");
    assertThat(policy.get("closedDays").get(0).asString()).isEqualTo("2030-12-27");
  }

  @Test
  void setsTheAnonymityThresholdButNeverBelowThree() throws Exception {
    String path = FJORDVIK + "/schedule-policy";
    assertThat(json.readTree(send("GET", path, null).body()).get("anonymityThreshold").asInt())
        .isEqualTo(3);

    assertProblem(send("PUT", path, "{\"anonymityThreshold\":2}"), 400, "'anonymityThreshold'");
    assertProblem(send("PUT", path, "{\"anonymityThreshold\":0}"), 400, "'anonymityThreshold'");
    assertThat(send("PUT", path, "{\"anonymityThreshold\":5}").statusCode()).isEqualTo(200);
    assertThat(json.readTree(send("GET", path, null).body()).get("anonymityThreshold").asInt())
        .isEqualTo(5);

    assertThat(send("PUT", path, "{\"anonymityThreshold\":3}").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesANullInsideClosedDaysOrPreLeadDaysByBodyNamingTheField() throws Exception {
    assertProblem(
        send("PUT", FJORDVIK + "/schedule-policy", "{\"closedDays\":[\"2030-12-27\",null]}"),
        400,
        "'closedDays'");
    assertProblem(
        send(
            "PUT", FJORDVIK + "/schedule-policy", "{\"preLeadDaysByBody\":{\"FORMANNSKAP\":null}}"),
        400,
        "'preLeadDaysByBody'");
  }

  @Test
  void keepsTheTenantsPoliticiansTidiedAndRefusesNamesThatWouldMaskEveryWord() throws Exception {
    HttpResponse<String> put =
        send(
            "PUT",
            FJORDVIK + "/politicians",
            "{\"names\":[\"  Ola   Nordmann \",\"Grete Haugland\",\"ola nordmann\"]}");
    assertThat(put.statusCode()).isEqualTo(200);

    JsonNode listed = json.readTree(send("GET", FJORDVIK + "/politicians", null).body());
    assertThat(listed.get("names").toString()).isEqualTo("[\"Ola Nordmann\",\"Grete Haugland\"]");
    assertProblem(
        send("PUT", FJORDVIK + "/politicians", "{\"names\":[\"Ola Nordmann\",\"A\"]}"),
        400,
        "names[1]");
    assertProblem(send("PUT", FJORDVIK + "/politicians", "{}"), 400, "names");
    assertProblem(send("GET", "/api/v1/tenants/nowhere/politicians", null), 404, "nowhere");
    // A refused list changed nothing.
    assertThat(json.readTree(send("GET", FJORDVIK + "/politicians", null).body()).get("names"))
        .hasSize(2);
  }

  @Test
  void refusesAHugeLeaderNameAndStoresNothing() throws Exception {
    int before = leaderCount();
    // The 17 MB of the report is refused before a byte is read (EdgeRefusalsIntegrationTest).
    String huge = "x".repeat(300 * 1024);
    String overlong = "x".repeat(201);

    // The body is refused at the edge by its size, before any of it is parsed.
    assertProblem(
        send("POST", FJORDVIK + "/leaders", "{\"name\":\"" + huge + "\"}"), 413, "256 KB");
    assertProblem(
        send("POST", FJORDVIK + "/leaders", "{\"name\":\"" + overlong + "\"}"), 400, "'name'");
    assertThat(leaderCount()).isEqualTo(before);
  }

  @Test
  void refusesOverlongTextsInEveryFieldNamingIt() throws Exception {
    String name = "n".repeat(201);
    String text = "t".repeat(2001);
    assertProblem(
        send("POST", FJORDVIK + "/leaders", "{\"name\":\"Ola\",\"role\":\"" + name + "\"}"),
        400,
        "'role'");
    assertProblem(
        send("POST", FJORDVIK + "/leaders", "{\"name\":\"Ola\",\"email\":\"a@" + text + "\"}"),
        400,
        "'email'");
    assertProblem(
        send("PUT", FJORDVIK + "/leaders/sample-kari", "{\"name\":\"" + name + "\"}"),
        400,
        "'name'");
    assertProblem(send("POST", FJORDVIK + "/bodies", "{\"name\":\"" + name + "\"}"), 400, "'name'");
    assertProblem(
        send("POST", FJORDVIK + "/cases", "{\"title\":\"" + name + "\"}"), 400, "'title'");
    assertProblem(
        send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"sample-fsk","title":"%s",
             "start":"2030-03-05T16:00:00Z","end":"2030-03-05T19:00:00Z"}"""
                .formatted(name)),
        400,
        "'title'");
    assertProblem(meetingWithAgendaItem("1", text), 400, "'agenda[0].title'");
    assertProblem(meetingWithAgendaItem(name, "Sak"), 400, "'agenda[0].number'");
  }

  private static HttpResponse<String> meetingWithAgendaItem(String number, String title)
      throws Exception {
    return send(
        "POST",
        FJORDVIK + "/meetings",
        """
        {"bodyId":"sample-fsk","start":"2030-03-05T16:00:00Z","end":"2030-03-05T19:00:00Z",
         "agenda":[{"number":"%s","title":"%s"}]}"""
            .formatted(number, title));
  }

  @Test
  void answersAFormBodyWithABadEscapeWithA4xxBeforeAndAfterTheToken() throws Exception {
    for (String auth : new String[] {"Bearer " + TOKEN, "Bearer wrong-token"}) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + FJORDVIK + "/leaders/sample-kari"))
                  .header("Authorization", auth)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .PUT(HttpRequest.BodyPublishers.ofString("a=%zz"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isBetween(400, 499);
      assertThat(response.headers().firstValue("content-type"))
          .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
  }

  @Test
  void followingABodyPlansMeetingEndedNudgesOnlyWhereTheLeaderHasNoCase() throws Exception {
    send(
        "PUT",
        FJORDVIK + "/leaders/sample-kari/follows",
        "{\"bodyIds\":[\"sample-fsk\",\"sample-hoo\"]}");

    JsonNode planned =
        json.readTree(send("GET", FJORDVIK + "/nudges?status=PLANNED&limit=1000", null).body());

    java.util.List<String> meetingEnded = new java.util.ArrayList<>();
    planned.forEach(
        n -> {
          if (n.get("kind").asString().equals("MEETING_ENDED")
              && n.get("leaderId").asString().equals("sample-kari")) {
            meetingEnded.add(n.get("meetingId").asString());
          }
        });
    // sample-m2 is oppvekst's meeting where Kari's own case is treated: she gets the case flow.
    assertThat(meetingEnded).contains("sample-m1").doesNotContain("sample-m2");
    assertProblem(send("GET", FJORDVIK + "/nudges?status=LOST", null), 400, "status");
  }

  @Test
  void takingAMeetingOffACaseCancelsThatMeetingsPlannedNudgesOfTheCaseOnly() throws Exception {
    HttpResponse<String> created = perCase("POST", "/cases", "sample-m2", "sample-m3");
    String caseId = json.readTree(created.body()).get("id").asString();

    HttpResponse<String> updated = perCase("PUT", "/cases/" + caseId, "sample-m3");

    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(nudgesOf(caseId, "PLANNED"))
        .containsExactlyInAnyOrder("PRE sample-m3", "POST sample-m3");
    assertThat(nudgesOf(caseId, "CANCELLED"))
        .containsExactlyInAnyOrder("PRE sample-m2", "MID sample-m2");
    assertThat(nudgesOf("sample-c1", "CANCELLED")).isEmpty();
  }

  /** Per's case, treated in the given meetings. */
  private HttpResponse<String> perCase(String method, String path, String... meetingIds)
      throws Exception {
    String meetings = "\"" + String.join("\",\"", meetingIds) + "\"";
    return send(
        method,
        FJORDVIK + path,
        "{\"title\":\"Ny legevaktordning\",\"ownerId\":\"sample-per\",\"meetingIds\":["
            + meetings
            + "],\"status\":\"IN_PREPARATION\"}");
  }

  private java.util.List<String> nudgesOf(String caseId, String status) throws Exception {
    JsonNode nudges =
        json.readTree(
            send("GET", FJORDVIK + "/nudges?status=" + status + "&limit=1000", null).body());
    java.util.List<String> found = new java.util.ArrayList<>();
    nudges.forEach(
        n -> {
          JsonNode of = n.get("caseId");
          if (of != null && !of.isNull() && caseId.equals(of.asString())) {
            found.add(n.get("phase").asString() + " " + n.get("meetingId").asString());
          }
        });
    return found;
  }

  @Test
  void documentsTheApiWithItsBearerSchemeWithoutAToken() throws Exception {
    HttpResponse<String> docs =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode api = json.readTree(docs.body());
    assertThat(api.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
        .isEqualTo("bearer");
    assertThat(api.get("paths").has("/api/v1/tenants/{tenantId}/meetings")).isTrue();
  }

  private int leaderCount() throws Exception {
    return json.readTree(send("GET", FJORDVIK + "/leaders", null).body()).size();
  }

  private int meetingCount() throws Exception {
    return json.readTree(
            send("GET", FJORDVIK + "/meetings?from=2000-01-01T00:00:00Z&limit=500", null).body())
        .size();
  }

  static void assertProblem(HttpResponse<String> response, int status, String detail)
      throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asString()).contains(detail);
  }

  static HttpResponse<String> send(String method, String path, String body) throws Exception {
    return send(method, path, body, "Bearer " + TOKEN);
  }

  static HttpResponse<String> send(String method, String path, String body, String auth)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
