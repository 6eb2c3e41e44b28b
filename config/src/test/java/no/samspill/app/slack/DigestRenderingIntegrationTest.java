package no.samspill.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.samspill.app.SampleDigestRender;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.TenantId;
import no.samspill.core.publishing.PostWeeklyDigest;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One realistic digest, posted once, as leaders see it in Slack (Block Kit and the uploaded chart),
 * in Teams (an Adaptive Card) and on the web channel's archive page: same title, lessons and chart.
 */
class DigestRenderingIntegrationTest {

  private static final TenantId FJORDVIK = new TenantId("sample-fjordvik");
  private static final String SLACK_CHANNEL = "C0LEDERE";
  private static final String TEAMS_CHANNEL = "19:leaders@thread.tacv2";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static FakeBotFramework teams;
  static SlackFixture slack;

  static JsonNode archived;
  static byte[] archivedChart;
  static JsonNode slackBlocks;
  static JsonNode teamsCard;

  @BeforeAll
  static void postOneDigestEverywhere() throws Exception {
    teams = new FakeBotFramework();
    List<String> args = new ArrayList<>(List.of("samspill.slack.bot-token=xoxb-test"));
    args.addAll(List.of(teams.properties()));
    args.addAll(
        List.of(
            "samspill.web.demo=true",
            "samspill.sample-data.enabled=true",
            "samspill.scheduling.enabled=false"));
    slack = SlackFixture.startWith(args);
    joinTeamsChannel();
    slack.bean(SchedulePolicies.class).save(dueAllWeek(FJORDVIK));
    DigestChannels channels = slack.bean(DigestChannels.class);
    channels.set(FJORDVIK, new ChannelAddress("slack", SlackFixture.TEAM, SLACK_CHANNEL, "ledere"));
    channels.set(FJORDVIK, new ChannelAddress("teams", TeamsPayloads.TENANT, TEAMS_CHANNEL, null));
    Instant monday =
        DigestWeek.containing(Instant.now(), SchedulePolicy.defaults(FJORDVIK).digestZone())
            .start();
    SampleDigestRender.shareSampleWeek(slack.bean(Reflections.class), monday);
    teams.reset();

    assertThat(slack.bean(PostWeeklyDigest.class).postDue()).isPositive();

    archived = JSON.readTree(get("/api/web/tenants/sample-fjordvik/digests").body()).get(0);
    archivedChart = bytes(archived.get("chartUrl").asString());
    slackBlocks = JSON.readTree(slack.posts(SLACK_CHANNEL).get(0).get("blocks"));
    teamsCard = JSON.readTree(teams.sentCards().get(0).toString());
  }

  @AfterAll
  static void stop() {
    slack.close();
    teams.close();
  }

  @Test
  void allThreeShowTheSameTitle() {
    String title = archived.get("title").asString();

    assertThat(title).startsWith("Ukesammendrag for uke ");
    assertThat(slackBlocks.get(0).get("type").asString()).isEqualTo("header");
    assertThat(slackBlocks.get(0).get("text").get("text").asString()).isEqualTo(title);
    assertThat(teamsCard.get("body").get(0).get("text").asString()).isEqualTo(title);
  }

  @Test
  void allThreeShowTheSameSharedLessons() {
    List<String> lessons = lessons(archived);
    String slackText = slackBlocks.get(1).get("text").get("text").asString();
    String teamsText = teamsCard.get("body").get(1).get("text").asString();

    assertThat(lessons).hasSizeGreaterThanOrEqualTo(3);
    assertThat(String.join("\n", lessons))
        .contains("faktaarket om barnetall", "Si tidlig fra når tallene endrer seg")
        .doesNotContain("Ola Nordmann");
    assertThat(lessons).allSatisfy(lesson -> assertThat(slackText).contains(lesson));
    assertThat(lessons).allSatisfy(lesson -> assertThat(teamsText).contains(lesson));
    assertThat(slackText).doesNotContain("Ola Nordmann");
    assertThat(teamsText).doesNotContain("Ola Nordmann");
  }

  @Test
  void allThreeCarryTheSameChartWithItsAltText() {
    String alt = archived.get("chartAltText").asString();
    JsonNode image = teamsCard.get("body").get(2);
    String dataUri = image.get("url").asString();
    Map<String, String> uploadUrl = slack.calls("files.getUploadURLExternal").get(0);
    Map<String, String> completed = slack.calls("files.completeUploadExternal").get(0);
    byte[] uploaded =
        slack.slack.findAll(postRequestedFor(urlEqualTo("/upload/F1"))).get(0).getBody();

    assertThat(archivedChart).startsWith(0x89, 'P', 'N', 'G');
    assertThat(alt).startsWith("Stolpediagram");
    assertThat(image.get("type").asString()).isEqualTo("Image");
    assertThat(image.get("altText").asString()).isEqualTo(alt);
    assertThat(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)))
        .isEqualTo(archivedChart);
    assertThat(uploadUrl.get("alt_txt")).isEqualTo(alt);
    assertThat(contains(uploaded, archivedChart)).as("the uploaded file is the chart").isTrue();
    assertThat(completed.get("channel_id")).isEqualTo(SLACK_CHANNEL);
    assertThat(completed.get("files")).contains(archived.get("title").asString());
  }

  private static List<String> lessons(JsonNode digest) {
    List<String> lines = new ArrayList<>();
    for (JsonNode section : digest.get("sections")) {
      for (JsonNode line : section.get("lines")) {
        if (line.asString().startsWith("• ")) {
          lines.add(line.asString());
        }
      }
    }
    return lines;
  }

  /** The bot is added to a team, so Teams knows the leaders' channel the digest goes to. */
  private static void joinTeamsChannel() throws Exception {
    teams.teamHasChannel("19:team@thread.tacv2", TEAMS_CHANNEL, "Ledere");
    String added =
        TeamsPayloads.inChannel(teams.serviceUrl(), "19:team@thread.tacv2", "19:team@thread.tacv2")
            .botAdded();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(slack.base + "/api/messages"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + teams.validToken())
                    .POST(HttpRequest.BodyPublishers.ofString(added))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /** The defaults, with the digest due from Monday 00:00 so the test's week is always due. */
  private static SchedulePolicy dueAllWeek(TenantId tenant) {
    SchedulePolicy d = SchedulePolicy.defaults(tenant);
    return new SchedulePolicy(
        tenant,
        d.preLeadDays(),
        d.preLeadDaysByBody(),
        d.afterMeeting(),
        d.workStart(),
        d.workEnd(),
        d.closedDays(),
        d.staleAfter(),
        DayOfWeek.MONDAY,
        LocalTime.MIDNIGHT,
        d.digestZone(),
        d.anonymityThreshold());
  }

  private static HttpResponse<String> get(String path) {
    HttpResponse<String> response = slack.get(path, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private static byte[] bytes(String path) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(slack.base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
