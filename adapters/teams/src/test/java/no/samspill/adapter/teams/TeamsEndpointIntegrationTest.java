package no.samspill.adapter.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The messaging endpoint over real HTTP, with the SDK checking tokens against a fake key set. */
class TeamsEndpointIntegrationTest extends RunningTeamsAdapter {

  static final HttpClient http = HttpClient.newHttpClient();
  TeamsTestApplication.RecordingEngine engine;

  @BeforeEach
  void clean() {
    fake.reset();
    engine = app.context().getBean(TeamsTestApplication.RecordingEngine.class);
    engine.received.clear();
  }

  @Test
  void aValidTokenIsAcceptedAndTheAnswerGoesBackThroughTheConnectorWithTheBotsToken()
      throws Exception {
    HttpResponse<String> response =
        post(TeamsPayloads.personal(fake.serviceUrl()).text("hjelp"), fake.validToken());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(engine.received)
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("hjelp"));
    assertThat(fake.sentActivities())
        .singleElement()
        .satisfies(a -> assertThat(a.get("text").asText()).isEqualTo("svar: hjelp"));
    assertThat(fake.sentTo("/v3/conversations/.+/activities.*").get(0).getHeader("Authorization"))
        .isEqualTo("Bearer " + FakeBotFramework.BOT_TOKEN);
    assertThat(stored.findPersonal(identity("aad-kari")))
        .hasValueSatisfying(c -> assertThat(c.conversationId()).isEqualTo("a:1personal-aad-kari"));
  }

  @Test
  void whileStorageIsAwayTheUserIsToldToTryAgainInTheirTeamsLanguageAndTeamsGets200()
      throws Exception {
    engine.failure = new StorageUnavailableException(new IOException("test: database away"));
    try {
      HttpResponse<String> response =
          post(
              TeamsPayloads.personal(fake.serviceUrl()).locale("nn-NO").text("hjelp"),
              fake.validToken());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(engine.received).isEmpty();
      assertThat(fake.sentActivities())
          .singleElement()
          .satisfies(
              a ->
                  assertThat(a.get("text").asText())
                      .isEqualTo(
                          "Samspill får ikkje lagra eller henta noko akkurat no."
                              + " Prøv igjen om ei lita stund."));
    } finally {
      engine.failure = null;
    }
  }

  @Test
  void onFirstContactTheUsersEmailIsAskedOfTeamsSoTheEngineCanLinkARegisteredLeader()
      throws Exception {
    fake.stub(
        get(urlPathEqualTo("/v3/conversations/a:1personal-aad-eva/members/29:1aad-eva"))
            .willReturn(
                okJson(
                    "{\"id\":\"29:1aad-eva\",\"name\":\"Eva\","
                        + "\"email\":\"eva@fjordvik.kommune.no\",\"aadObjectId\":\"aad-eva\"}")));

    post(
        TeamsPayloads.personal(fake.serviceUrl()).from("aad-eva", "Eva").text("hjelp"),
        fake.validToken());

    assertThat(engine.received)
        .singleElement()
        .satisfies(m -> assertThat(m.user().email()).isEqualTo("eva@fjordvik.kommune.no"));
  }

  @Test
  void badTokensAreRefusedWith401AndNothingIsHandledStoredOrSent() throws Exception {
    Instant later = Instant.now().plus(Duration.ofMinutes(30));
    Map<String, String> tokens =
        Map.of(
            "aad-no-token", "",
            "aad-wrong-audience", fake.token(FakeBotFramework.ISSUER, "someone-else", later, false),
            "aad-wrong-issuer",
                fake.token("https://issuer.example", FakeBotFramework.APP_ID, later, false),
            "aad-expired",
                fake.token(
                    FakeBotFramework.ISSUER,
                    FakeBotFramework.APP_ID,
                    Instant.now().minus(Duration.ofHours(1)),
                    false),
            "aad-wrong-key",
                fake.token(FakeBotFramework.ISSUER, FakeBotFramework.APP_ID, later, true));

    for (Map.Entry<String, String> attempt : tokens.entrySet()) {
      String user = attempt.getKey();
      HttpResponse<String> response =
          post(
              TeamsPayloads.personal(fake.serviceUrl()).from(user, "Mallory").text("hjelp"),
              attempt.getValue());

      assertThat(response.statusCode()).as(user).isEqualTo(401);
      assertThat(stored.findPersonal(identity(user))).as(user).isEmpty();
    }
    assertThat(engine.received).isEmpty();
    assertThat(fake.sentActivities()).isEmpty();
  }

  @Test
  void aBearerThatIsNotAJwtIsRefusedWith401() throws Exception {
    Map<String, Integer> statuses = new java.util.TreeMap<>();
    for (String token : new String[] {"not-a-jwt", "a.b.c", "%%%"}) {
      HttpResponse<String> response =
          post(TeamsPayloads.personal(fake.serviceUrl()).text("hjelp"), token);
      statuses.put(token, response.statusCode());
      assertThat(response.body()).as(token).doesNotContain("Exception");
    }
    assertThat(statuses.values()).as(statuses.toString()).containsOnly(401);
    assertThat(engine.received).isEmpty();
  }

  @Test
  void anIllFormedServiceUrlLocaleOrConversationIdIsRefusedWith400() throws Exception {
    Map<String, String> activities =
        Map.of(
            "serviceUrl not a URL", TeamsPayloads.personal("not a url").text("hjelp"),
            "serviceUrl not http",
                TeamsPayloads.personal("ftp://example.org/activity").text("hjelp"),
            "locale -", TeamsPayloads.personal(fake.serviceUrl()).locale("-").text("hjelp"),
            "locale junk",
                TeamsPayloads.personal(fake.serviceUrl()).locale("nb_NO!!\u00e6").text("hjelp"),
            "conversation id",
                TeamsPayloads.personal(fake.serviceUrl()).from("aad-\u00f8y", "Øy").text("hjelp"));

    Map<String, Integer> statuses = new java.util.TreeMap<>();
    for (Map.Entry<String, String> activity : activities.entrySet()) {
      HttpResponse<String> response = post(activity.getValue(), fake.validToken());
      statuses.put(activity.getKey(), response.statusCode());
      assertThat(response.body()).as(activity.getKey()).doesNotContain("Exception");
    }
    assertThat(statuses.values()).as(statuses.toString()).containsOnly(400);
    assertThat(engine.received).isEmpty();
    assertThat(fake.sentActivities()).isEmpty();
  }

  @Test
  void installingInThePersonalScopeSendsTheWelcomeInTheUsersLanguage() throws Exception {
    HttpResponse<String> response =
        post(
            TeamsPayloads.personal(fake.serviceUrl())
                .from("aad-new", "Nora")
                .locale("en-GB")
                .botAdded(),
            fake.validToken());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(fake.sentCards())
        .singleElement()
        .satisfies(
            card -> assertThat(card.toString()).contains("Welcome to Samspill", "yours alone"));
    assertThat(stored.findPersonal(identity("aad-new"))).isPresent();
    assertThat(engine.received).isEmpty();
  }

  @Test
  void removingTheAppMakesTheLeaderUnreachableUntilTheyWriteAgain() throws Exception {
    post(
        TeamsPayloads.personal(fake.serviceUrl()).from("aad-leaving", "Per").text("hjelp"),
        fake.validToken());

    post(
        TeamsPayloads.personal(fake.serviceUrl()).from("aad-leaving", "Per").appRemoved(),
        fake.validToken());
    assertThat(stored.findPersonal(identity("aad-leaving")))
        .hasValueSatisfying(c -> assertThat(c.reachable()).isFalse());

    post(
        TeamsPayloads.personal(fake.serviceUrl()).from("aad-leaving", "Per").text("hei igjen"),
        fake.validToken());
    assertThat(stored.findPersonal(identity("aad-leaving")))
        .hasValueSatisfying(c -> assertThat(c.reachable()).isTrue());
  }

  @Test
  void reinstallingAfterAnotherInstanceMarkedTheChatUnreachableMakesItReachableAtOnce()
      throws Exception {
    post(
        TeamsPayloads.personal(fake.serviceUrl()).from("aad-back", "Per").text("hjelp"),
        fake.validToken());
    otherInstance().markUnreachable(identity("aad-back"), "HTTP 403", Instant.now());

    post(
        TeamsPayloads.personal(fake.serviceUrl()).from("aad-back", "Per").botAdded(),
        fake.validToken());

    assertThat(stored.findPersonal(identity("aad-back")))
        .hasValueSatisfying(c -> assertThat(c.reachable()).isTrue());
  }

  @Test
  void aNewSenderWhoseChatAnotherInstanceForgotHasItWrittenAgain() throws Exception {
    post(
        TeamsPayloads.personal(fake.serviceUrl()).from("aad-erased", "Åse").text("hjelp"),
        fake.validToken());
    otherInstance().forgetPersonal(identity("aad-erased"));

    // The engine asks for an e-mail only on first contact, as after an erasure.
    post(
        TeamsPayloads.personal(fake.serviceUrl()).from("aad-erased", "Åse").text("hei igjen"),
        fake.validToken());

    assertThat(stored.findPersonal(identity("aad-erased"))).isPresent();
  }

  /** The adapter's store as a second instance on the same database has it. */
  private static TeamsConversations otherInstance() {
    return new MongoTeamsConversations(
        app.context().getBean(org.springframework.data.mongodb.core.MongoTemplate.class));
  }

  @Test
  void addingTheBotToATeamRecordsItsChannelsAndExplainsTheDigestCommand() throws Exception {
    fake.teamHasChannel("19:team@thread.tacv2", "19:leaders@thread.tacv2", "Ledere");

    HttpResponse<String> response =
        post(
            TeamsPayloads.inChannel(
                    fake.serviceUrl(), "19:team@thread.tacv2", "19:team@thread.tacv2")
                .botAdded(),
            fake.validToken());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(stored.findChannel("19:leaders@thread.tacv2"))
        .hasValueSatisfying(
            c -> {
              assertThat(c.name()).isEqualTo("Ledere");
              assertThat(c.teamName()).isEqualTo("Ledergruppa");
              assertThat(c.serviceUrl()).isEqualTo(fake.serviceUrl());
            });
    assertThat(stored.findChannel("19:team@thread.tacv2")).isPresent();
    assertThat(fake.sentCards())
        .singleElement()
        .satisfies(c -> assertThat(c.toString()).contains("sammendrag her"));
  }

  @Test
  void aChannelMessageIsForwardedWithItsPlace() throws Exception {
    post(
        TeamsPayloads.inChannel(
                fake.serviceUrl(), "19:team@thread.tacv2", "19:leaders@thread.tacv2")
            .text("<at>Samspill</at> sammendrag her"),
        fake.validToken());

    assertThat(engine.received)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).isEqualTo("sammendrag her");
              assertThat(m.place().conversationId()).isEqualTo("19:leaders@thread.tacv2");
            });
    assertThat(stored.findChannel("19:leaders@thread.tacv2")).isPresent();
  }

  @Test
  void forgedCardDataAndUnhandledActivityTypesAreIgnoredWithout500() throws Exception {
    HttpResponse<String> forged =
        post(
            TeamsPayloads.personal(fake.serviceUrl()).submitRaw("{\"askedId\":{\"$gt\":\"\"}}"),
            fake.validToken());
    HttpResponse<String> reaction =
        post(
            TeamsPayloads.personal(fake.serviceUrl()).type("messageReaction").json(),
            fake.validToken());
    HttpResponse<String> malformed = post("{\"type\":", fake.validToken());

    assertThat(forged.statusCode()).isEqualTo(200);
    assertThat(reaction.statusCode()).isEqualTo(200);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(engine.received).isEmpty();
    assertThat(fake.sentActivities()).isEmpty();
  }

  @Test
  void aCardSubmitReachesTheEngineAsAClick() throws Exception {
    post(TeamsPayloads.personal(fake.serviceUrl()).submit("q-1", "a:4"), fake.validToken());

    assertThat(engine.received)
        .singleElement()
        .satisfies(m -> assertThat(m.action().choice()).isEqualTo("4"));
    JsonNode reply = fake.sentActivities().get(0);
    assertThat(reply.get("conversation").get("id").asText()).isEqualTo("a:1personal-aad-kari");
  }

  private static ChatIdentity identity(String aadObjectId) {
    return new ChatIdentity("teams", TeamsPayloads.TENANT, aadObjectId);
  }

  private static HttpResponse<String> post(String json, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (!token.isEmpty()) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
