package no.samspill.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static no.samspill.app.slack.SlackFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Tenants;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Many workspaces: the OAuth install stores an installation that later events are served with. */
class SlackOAuthIntegrationTest {

  static SlackFixture fx;

  @BeforeAll
  static void start() {
    fx =
        SlackFixture.startWith(
            List.of(
                "samspill.slack.bot-token=",
                "samspill.slack.client-id=123.456",
                "samspill.slack.client-secret=oauth-secret"));
    fx.slack.stubFor(
        post("/api/oauth.v2.access")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"UINST\"},"
                        + "\"scope\":\"chat:write,commands\",\"token_type\":\"bot\","
                        + "\"access_token\":\"xoxb-fjordvik\",\"bot_user_id\":\"UBOT9\","
                        + "\"team\":{\"id\":\"T9\",\"name\":\"Fjordvik\"},"
                        + "\"is_enterprise_install\":false}")));
    // auth.test answers for the workspace the token belongs to.
    fx.slack.stubFor(
        post("/api/auth.test")
            .atPriority(1)
            .withHeader("Authorization", equalTo("Bearer xoxb-fjordvik"))
            .willReturn(
                okJson(
                    "{\"ok\":true,\"team\":\"Fjordvik\",\"user\":\"samspill\","
                        + "\"team_id\":\"T9\",\"user_id\":\"UBOT9\",\"bot_id\":\"B9\"}")));
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void installStoresTheWorkspaceServesItsEventsAndUninstallRemovesIt() {
    HttpResponse<String> forged =
        fx.get("/slack/oauth_redirect?code=c0de&state=forged", "slack-app-oauth-state=forged");
    assertThat(installation()).isNull();
    assertThat(fx.calls("oauth.v2.access")).isEmpty();
    assertThat(forged.statusCode()).isLessThan(500);

    HttpResponse<String> install = fx.get("/slack/install", null);
    assertThat(install.statusCode()).isEqualTo(302);
    String location = install.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .startsWith("https://slack.com/oauth/v2/authorize")
        .contains("client_id=123.456");
    Matcher state = Pattern.compile("state=([^&]+)").matcher(location);
    assertThat(state.find()).isTrue();
    String cookie = install.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

    HttpResponse<String> callback =
        fx.get("/slack/oauth_redirect?code=c0de&state=" + state.group(1), cookie);

    assertThat(callback.statusCode()).isLessThan(400);
    Document installed = installation();
    assertThat(installed).isNotNull();
    assertThat(installed.getString("teamId")).isEqualTo("T9");
    assertThat(installed.getString("bot")).contains("xoxb-fjordvik");

    fx.sendJson(directMessage("EvOauth1", "T9", "U9", "hjelp"));
    eventually(() -> fx.posts("DU9"), p -> !p.isEmpty());
    fx.quiet();
    int authTests = fx.calls("auth.test").size();
    fx.sendJson(directMessage("EvOauth1b", "T9", "U9", "mine"));
    fx.quiet();
    // The workspace's token was checked with Slack once, not again before every ack.
    assertThat(fx.calls("auth.test")).hasSize(authTests);
    fx.slack.verify(
        postRequestedFor(urlEqualTo("/api/chat.postMessage"))
            .withHeader("Authorization", equalTo("Bearer xoxb-fjordvik")));
    assertThat(fx.bean(Tenants.class).findByWorkspace(new ChatWorkspace("slack", "T9")))
        .isPresent();

    Map<String, Object> uninstalled = new LinkedHashMap<>();
    uninstalled.put("type", "app_uninstalled");
    HttpResponse<String> uninstall =
        fx.sendJson(
            SlackPayloads.callback("EvOauth2", uninstalled).replace(SlackFixture.TEAM, "T9"));

    assertThat(uninstall.statusCode()).isEqualTo(200);
    eventually(SlackOAuthIntegrationTest::installation, doc -> doc == null);
  }

  private static String directMessage(String eventId, String team, String user, String text) {
    return SlackPayloads.directMessage(eventId, user, text).replace(SlackFixture.TEAM, team);
  }

  private static Document installation() {
    return fx.bean(MongoTemplate.class).findById("|T9", Document.class, "slack_installations");
  }
}
