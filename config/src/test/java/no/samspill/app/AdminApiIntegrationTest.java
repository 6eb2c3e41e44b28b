package no.samspill.app;

import static no.samspill.app.AdminApiCalls.FJORDVIK;
import static no.samspill.app.AdminApiCalls.TOKEN;
import static no.samspill.app.AdminApiCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

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

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static AdminApiCalls api;
  static final HttpClient http = AdminApiCalls.HTTP;
  static final JsonMapper json = AdminApiCalls.JSON;

  @BeforeAll
  static void start() {
    app =
        TestApp.start(
            dir.resolve("admin.mv"), TestApp.newDatabase(), AdminApiCalls.tokenProperty());
    api = new AdminApiCalls(app);
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
            HttpRequest.newBuilder(api.uri(FJORDVIK + "/bodies")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> wrong = api.send("GET", FJORDVIK + "/bodies", null, "Bearer wrong-token");
    HttpResponse<String> basic = api.send("GET", FJORDVIK + "/bodies", null, "Basic " + TOKEN);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("sample-ks");
  }

  @Test
  void createsAMeetingWithItsAgendaAndReadsItBack() throws Exception {
    HttpResponse<String> created =
        api.send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"sample-fsk","title":"Formannskapet",
             "start":"2030-03-05T16:00:00Z","end":"2030-03-05T19:00:00Z",
             "agenda":[{"number":"12/30","title":"Skolebruksplan","caseId":null}]}""");

    assertThat(created.statusCode()).isEqualTo(201);
    String id = json.readTree(created.body()).get("id").asString();
    JsonNode meeting = json.readTree(api.send("GET", FJORDVIK + "/meetings/" + id, null).body());
    assertThat(meeting.get("bodyId").asString()).isEqualTo("sample-fsk");
    assertThat(meeting.get("start").asString()).isEqualTo("2030-03-05T16:00:00Z");
    assertThat(meeting.get("agenda").get(0).get("title").asString()).isEqualTo("Skolebruksplan");
  }

  @Test
  void refusesAMeetingThatEndsBeforeItStartsAndWritesNothing() throws Exception {
    int before = meetingCount();
    HttpResponse<String> response =
        api.send(
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
        api.send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"sample-fsk","start":"2999-03-05T16:00:00Z","end":"2999-03-05T18:00:00Z"}"""),
        400,
        "not a plausible date");
    assertProblem(
        api.send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"no-such-body","start":"2030-03-05T16:00:00Z","end":"2030-03-05T18:00:00Z"}"""),
        400,
        "no-such-body");
    assertProblem(
        api.send(
            "POST",
            FJORDVIK + "/cases",
            """
            {"title":"Sak","ownerId":"sample-kari","meetingIds":["sample-m2","nope"]}"""),
        400,
        "meetingIds[1]");
  }

  @Test
  void answersMalformedJsonAndWrongTypesWithA400NamingTheField() throws Exception {
    assertProblem(api.send("POST", FJORDVIK + "/bodies", "{\"name\": "), 400, "not valid JSON");
    HttpResponse<String> wrongType =
        api.send(
            "POST",
            FJORDVIK + "/meetings",
            """
            {"bodyId":"sample-fsk","start":"next tuesday","end":"2030-03-05T18:00:00Z"}""");
    assertProblem(wrongType, 400, "'start'");
    assertThat(wrongType.body()).doesNotContain("Exception").doesNotContain("at no.samspill");
  }

  @Test
  void treatsAnotherTenantsResourcesAsNotFound() throws Exception {
    assertProblem(api.send("GET", FJORDVIK + "/bodies/other-body", null), 404, "other-body");
    assertProblem(api.send("GET", "/api/v1/tenants/nowhere/bodies", null), 404, "nowhere");
    assertProblem(
        api.send(
            "PUT", FJORDVIK + "/leaders/sample-kari/follows", "{\"bodyIds\":[\"other-body\"]}"),
        400,
        "other-body");
  }

  @Test
  void setsWhichBodiesALeaderFollowsAndSwitchesTheMeetingEndedNudgeOff() throws Exception {
    HttpResponse<String> response =
        api.send(
            "PUT",
            FJORDVIK + "/leaders/sample-per/follows",
            "{\"bodyIds\":[\"sample-ks\",\"sample-hhs\"],\"meetingEndedNudges\":false}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode follows =
        json.readTree(api.send("GET", FJORDVIK + "/leaders/sample-per/follows", null).body());
    assertThat(follows.get("bodyIds").toString()).isEqualTo("[\"sample-hhs\",\"sample-ks\"]");
    assertThat(follows.get("meetingEndedNudges").asBoolean()).isFalse();
  }

  @Test
  void changesTheSchedulePolicyAndRefusesWorkingHoursThatEndBeforeTheyStart() throws Exception {
    HttpResponse<String> changed =
        api.send(
            "PUT",
            FJORDVIK + "/schedule-policy",
            "{\"afterMeeting\":\"PT3H\",\"closedDays\":[\"2030-12-27\"]}");
    assertThat(changed.statusCode()).isEqualTo(200);

    assertProblem(
        api.send(
            "PUT",
            FJORDVIK + "/schedule-policy",
            "{\"workStart\":\"17:00\",\"workEnd\":\"09:00\"}"),
        400,
        "Working hours");
    JsonNode policy = json.readTree(api.send("GET", FJORDVIK + "/schedule-policy", null).body());
    assertThat(policy.get("afterMeeting").asString()).isEqualTo("PT3H");
    assertThat(policy.get("workStart").asString()).isEqualTo("08:00:00");
    assertThat(policy.get("closedDays").get(0).asString()).isEqualTo("2030-12-27");
  }

  @Test
  void setsTheAnonymityThresholdButNeverBelowThree() throws Exception {
    String path = FJORDVIK + "/schedule-policy";
    assertThat(json.readTree(api.send("GET", path, null).body()).get("anonymityThreshold").asInt())
        .isEqualTo(3);

    assertProblem(api.send("PUT", path, "{\"anonymityThreshold\":2}"), 400, "'anonymityThreshold'");
    assertProblem(api.send("PUT", path, "{\"anonymityThreshold\":0}"), 400, "'anonymityThreshold'");
    assertThat(api.send("PUT", path, "{\"anonymityThreshold\":5}").statusCode()).isEqualTo(200);
    assertThat(json.readTree(api.send("GET", path, null).body()).get("anonymityThreshold").asInt())
        .isEqualTo(5);

    assertThat(api.send("PUT", path, "{\"anonymityThreshold\":3}").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesANullInsideClosedDaysOrPreLeadDaysByBodyNamingTheField() throws Exception {
    assertProblem(
        api.send("PUT", FJORDVIK + "/schedule-policy", "{\"closedDays\":[\"2030-12-27\",null]}"),
        400,
        "'closedDays'");
    assertProblem(
        api.send(
            "PUT", FJORDVIK + "/schedule-policy", "{\"preLeadDaysByBody\":{\"FORMANNSKAP\":null}}"),
        400,
        "'preLeadDaysByBody'");
  }

  @Test
  void keepsTheTenantsPoliticiansTidiedAndRefusesNamesThatWouldMaskEveryWord() throws Exception {
    HttpResponse<String> put =
        api.send(
            "PUT",
            FJORDVIK + "/politicians",
            "{\"names\":[\"  Ola   Nordmann \",\"Grete Haugland\",\"ola nordmann\"]}");
    assertThat(put.statusCode()).isEqualTo(200);

    JsonNode listed = json.readTree(api.send("GET", FJORDVIK + "/politicians", null).body());
    assertThat(listed.get("names").toString()).isEqualTo("[\"Ola Nordmann\",\"Grete Haugland\"]");
    assertProblem(
        api.send("PUT", FJORDVIK + "/politicians", "{\"names\":[\"Ola Nordmann\",\"A\"]}"),
        400,
        "names[1]");
    assertProblem(api.send("PUT", FJORDVIK + "/politicians", "{}"), 400, "names");
    assertProblem(api.send("GET", "/api/v1/tenants/nowhere/politicians", null), 404, "nowhere");
    // A refused list changed nothing.
    assertThat(json.readTree(api.send("GET", FJORDVIK + "/politicians", null).body()).get("names"))
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
        api.send("POST", FJORDVIK + "/leaders", "{\"name\":\"" + huge + "\"}"), 413, "256 KB");
    assertProblem(
        api.send("POST", FJORDVIK + "/leaders", "{\"name\":\"" + overlong + "\"}"), 400, "'name'");
    assertThat(leaderCount()).isEqualTo(before);
  }

  @Test
  void refusesOverlongTextsInEveryFieldNamingIt() throws Exception {
    String name = "n".repeat(201);
    String text = "t".repeat(2001);
    assertProblem(
        api.send("POST", FJORDVIK + "/leaders", "{\"name\":\"Ola\",\"role\":\"" + name + "\"}"),
        400,
        "'role'");
    assertProblem(
        api.send("POST", FJORDVIK + "/leaders", "{\"name\":\"Ola\",\"email\":\"a@" + text + "\"}"),
        400,
        "'email'");
    assertProblem(
        api.send("PUT", FJORDVIK + "/leaders/sample-kari", "{\"name\":\"" + name + "\"}"),
        400,
        "'name'");
    assertProblem(
        api.send("POST", FJORDVIK + "/bodies", "{\"name\":\"" + name + "\"}"), 400, "'name'");
    assertProblem(
        api.send("POST", FJORDVIK + "/cases", "{\"title\":\"" + name + "\"}"), 400, "'title'");
    assertProblem(
        api.send(
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
    return api.send(
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
              HttpRequest.newBuilder(api.uri(FJORDVIK + "/leaders/sample-kari"))
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
  void documentsTheApiWithItsBearerSchemeWithoutAToken() throws Exception {
    HttpResponse<String> docs =
        http.send(
            HttpRequest.newBuilder(api.uri("/v3/api-docs")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode api = json.readTree(docs.body());
    assertThat(api.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
        .isEqualTo("bearer");
    assertThat(api.get("paths").has("/api/v1/tenants/{tenantId}/meetings")).isTrue();
  }

  private int leaderCount() throws Exception {
    return json.readTree(api.send("GET", FJORDVIK + "/leaders", null).body()).size();
  }

  private int meetingCount() throws Exception {
    return json.readTree(
            api.send("GET", FJORDVIK + "/meetings?from=2000-01-01T00:00:00Z&limit=500", null)
                .body())
        .size();
  }
}
