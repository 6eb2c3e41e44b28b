package no.samspill.app;

import static no.samspill.app.AdminApiCalls.FJORDVIK;
import static no.samspill.app.AdminApiCalls.JSON;
import static no.samspill.app.AdminApiCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Follows and cases changed through the admin API re-plan the nudges they lead to. */
class AdminNudgePlanningIntegrationTest {

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static AdminApiCalls api;

  @BeforeAll
  static void start() {
    // No dispatcher: a case-flow nudge falling due mid-test would be sent (no longer planned, so
    // not cancelled) and plan its reminder, which is a dispatch outcome, not what is tested here.
    app =
        TestApp.start(
            dir.resolve("nudges.mv"),
            TestApp.newDatabase(),
            AdminApiCalls.tokenProperty(),
            "samspill.scheduling.enabled=false");
    api = new AdminApiCalls(app);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void followingABodyPlansMeetingEndedNudgesOnlyWhereTheLeaderHasNoCase() throws Exception {
    api.send(
        "PUT",
        FJORDVIK + "/leaders/sample-kari/follows",
        "{\"bodyIds\":[\"sample-fsk\",\"sample-hoo\"]}");

    JsonNode planned =
        JSON.readTree(api.send("GET", FJORDVIK + "/nudges?status=PLANNED&limit=1000", null).body());

    List<String> meetingEnded = new ArrayList<>();
    planned.forEach(
        n -> {
          if (n.get("kind").asString().equals("MEETING_ENDED")
              && n.get("leaderId").asString().equals("sample-kari")) {
            meetingEnded.add(n.get("meetingId").asString());
          }
        });
    // sample-m2 is oppvekst's meeting where Kari's own case is treated: she gets the case flow.
    assertThat(meetingEnded).contains("sample-m1").doesNotContain("sample-m2");
    assertProblem(api.send("GET", FJORDVIK + "/nudges?status=LOST", null), 400, "status");
  }

  @Test
  void takingAMeetingOffACaseCancelsThatMeetingsPlannedNudgesOfTheCaseOnly() throws Exception {
    HttpResponse<String> created = perCase("POST", "/cases", "sample-m2", "sample-m3");
    String caseId = JSON.readTree(created.body()).get("id").asString();

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
    return api.send(
        method,
        FJORDVIK + path,
        "{\"title\":\"Ny legevaktordning\",\"ownerId\":\"sample-per\",\"meetingIds\":["
            + meetings
            + "],\"status\":\"IN_PREPARATION\"}");
  }

  private List<String> nudgesOf(String caseId, String status) throws Exception {
    JsonNode nudges =
        JSON.readTree(
            api.send("GET", FJORDVIK + "/nudges?status=" + status + "&limit=1000", null).body());
    List<String> found = new ArrayList<>();
    nudges.forEach(
        n -> {
          JsonNode of = n.get("caseId");
          if (of != null && !of.isNull() && caseId.equals(of.asString())) {
            found.add(n.get("phase").asString() + " " + n.get("meetingId").asString());
          }
        });
    return found;
  }
}
