package no.samspill.adapter.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import java.util.List;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.delivery.Reach;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proactive messages and channel posts through the real SDK against a fake Bot Connector. */
class TeamsChatChannelIntegrationTest extends RunningTeamsAdapter {

  private static final String ACTIVITIES = "/v3/conversations/.+/activities.*";
  private static final ChatIdentity KARI =
      new ChatIdentity("teams", TeamsPayloads.TENANT, "aad-kari");

  ChatChannel teams;

  @BeforeEach
  void installed() {
    fake.reset();
    teams = app.context().getBean(ChatChannel.class);
    stored.savePersonal(
        new TeamsConversations.PersonalChat(
            KARI.key(),
            fake.serviceUrl(),
            "a:1personal-kari",
            TeamsPayloads.TENANT,
            "29:1aad-kari",
            TeamsPayloads.BOT_ID,
            "nb-NO",
            Instant.now(),
            null,
            null));
  }

  @Test
  void sendsAPromptCardToTheLeadersPersonalChat() {
    Delivery delivery = teams.send(kari(), prompt());

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
    assertThat(fake.sentActivities())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.get("conversation").get("id").asText()).isEqualTo("a:1personal-kari");
              assertThat(a.get("attachments").get(0).get("content").toString())
                  .contains("Hvordan gikk møtet?")
                  .contains("\"askedId\":\"q-9\"");
            });
    assertThat(fake.sentTo(ACTIVITIES).get(0).getHeader("Authorization"))
        .isEqualTo("Bearer " + FakeBotFramework.BOT_TOKEN);
  }

  @Test
  void aThrottledSendIsRetriedAfterRetryAfterAndDeliveredOnce() {
    fake.stub(
        post(urlPathMatching(ACTIVITIES))
            .inScenario("throttled")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(FakeBotFramework.tooManyRequests(1))
            .willSetStateTo("calm"));
    fake.stub(
        post(urlPathMatching(ACTIVITIES))
            .inScenario("throttled")
            .whenScenarioStateIs("calm")
            .willReturn(okJson("{\"id\":\"1:sent\"}")));

    Delivery delivery = teams.send(kari(), prompt());

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
    assertThat(fake.sentTo(ACTIVITIES)).hasSize(2);
  }

  @Test
  void preconditionFailedAndGatewayErrorsAreRetriedWithGrowingWaitsAndDeliveredOnce() {
    String[] states = {Scenario.STARTED, "after 412", "after 502", "after 504"};
    int[] statuses = {412, 502, 504};
    for (int i = 0; i < statuses.length; i++) {
      fake.stub(
          post(urlPathMatching(ACTIVITIES))
              .inScenario("flaky")
              .whenScenarioStateIs(states[i])
              .willReturn(aResponse().withStatus(statuses[i]))
              .willSetStateTo(states[i + 1]));
    }
    fake.stub(
        post(urlPathMatching(ACTIVITIES))
            .inScenario("flaky")
            .whenScenarioStateIs("after 504")
            .willReturn(okJson("{\"id\":\"1:sent\"}")));

    Delivery delivery = teams.send(kari(), prompt());

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
    List<java.util.Date> sent =
        fake.sentTo(ACTIVITIES).stream()
            .map(com.github.tomakehurst.wiremock.verification.LoggedRequest::getLoggedDate)
            .toList();
    assertThat(sent).hasSize(4);
    // The test's back-off starts at 10 ms and doubles: 10, 20 and 40 ms at least between tries.
    for (int i = 1; i < sent.size(); i++) {
      assertThat(sent.get(i).getTime() - sent.get(i - 1).getTime())
          .isGreaterThanOrEqualTo(10L << (i - 1));
    }
  }

  @Test
  void aDispatchedNudgeIsOpenedOnceThoughTheConnectorThrottlesIt() {
    fake.stub(
        post(urlPathMatching(ACTIVITIES))
            .inScenario("throttled nudge")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(FakeBotFramework.tooManyRequests(1))
            .willSetStateTo("calm"));
    fake.stub(
        post(urlPathMatching(ACTIVITIES))
            .inScenario("throttled nudge")
            .whenScenarioStateIs("calm")
            .willReturn(okJson("{\"id\":\"1:sent\"}")));
    List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    Delivery delivery =
        teams
            .deliver(
                kari(),
                new Dispatch(
                    "nudge-1",
                    null,
                    () -> {
                      opened.add("claim renewed");
                      return java.util.Optional.of(prompt());
                    }))
            .join();

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
    assertThat(opened).hasSize(1);
    assertThat(fake.sentTo(ACTIVITIES)).hasSize(2);
  }

  @Test
  void aNudgeNoLongerWantedWhenItsTurnComesSendsNothing() {
    Delivery delivery =
        teams.deliver(kari(), new Dispatch("nudge-2", null, java.util.Optional::empty)).join();

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.WITHDRAWN);
    assertThat(fake.sentTo(ACTIVITIES)).isEmpty();
  }

  @Test
  void aRemovedAppMakesTheLeaderUnreachableWithoutRetrying() {
    fake.stub(post(urlPathMatching(ACTIVITIES)).willReturn(aResponse().withStatus(403)));

    Delivery first = teams.send(kari(), prompt());
    Delivery second = teams.send(kari(), prompt());

    assertThat(first.outcome()).isEqualTo(Delivery.Outcome.UNREACHABLE);
    assertThat(second.outcome()).isEqualTo(Delivery.Outcome.UNREACHABLE);
    assertThat(fake.sentTo(ACTIVITIES)).hasSize(1);
    assertThat(stored.findPersonal(KARI))
        .hasValueSatisfying(c -> assertThat(c.unreachableReason()).isEqualTo("HTTP 403"));
  }

  @Test
  void aChatSavedAnewAfterItWasReadAheadStaysReachableWhenTheOldOneIsGone() {
    fake.stub(post(urlPathMatching(ACTIVITIES)).willReturn(aResponse().withStatus(403)));
    teams.expect(List.of(kari()));
    // Kari reinstalls the app (on any instance) while her nudge waits for its turn.
    stored.savePersonal(
        new TeamsConversations.PersonalChat(
            KARI.key(),
            fake.serviceUrl(),
            "a:1personal-kari-again",
            TeamsPayloads.TENANT,
            "29:1aad-kari",
            TeamsPayloads.BOT_ID,
            "nb-NO",
            Instant.now(),
            null,
            null));

    Delivery delivery = teams.deliver(kari(), Dispatch.of("nudge-3", prompt())).join();

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.UNREACHABLE);
    assertThat(fake.sentActivities())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.get("conversation").get("id").asText()).isEqualTo("a:1personal-kari"));
    assertThat(stored.findPersonal(KARI))
        .hasValueSatisfying(c -> assertThat(c.reachable()).isTrue());
  }

  @Test
  void aConnectorThatKeepsFailingGivesAFailedDeliveryAfterTheLastAttempt() {
    fake.stub(post(urlPathMatching(ACTIVITIES)).willReturn(aResponse().withStatus(503)));

    Delivery delivery = teams.send(kari(), prompt());

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.FAILED);
    assertThat(fake.sentTo(ACTIVITIES)).hasSize(4);
  }

  @Test
  void aForgottenLeaderIsNoLongerReachableAndTheReferenceIsGone() {
    teams.forget(KARI);

    assertThat(stored.findPersonal(KARI)).isEmpty();
    assertThat(teams.send(kari(), prompt()).outcome()).isEqualTo(Delivery.Outcome.UNREACHABLE);
    assertThat(fake.sentActivities()).isEmpty();
  }

  @Test
  void aLeaderWhoNeverOpenedTheBotIsUnreachable() {
    Leader stranger =
        leader(new ChatIdentity("teams", TeamsPayloads.TENANT, "aad-never-installed"));

    assertThat(teams.send(stranger, prompt()).outcome()).isEqualTo(Delivery.Outcome.UNREACHABLE);
    assertThat(fake.sentTo(ACTIVITIES)).isEmpty();
  }

  @Test
  void saysWhomItCannotReachFromTheStoredChats() {
    Leader stranger =
        withId(
            "stranger",
            leader(new ChatIdentity("teams", TeamsPayloads.TENANT, "aad-never-installed")));
    Leader onSlack = withId("slack", leader(new ChatIdentity("slack", "T1", "U1")));
    assertThat(teams.problems(List.of(kari(), stranger, onSlack)))
        .containsOnlyKeys(stranger.id())
        .containsEntry(stranger.id(), Reach.Problem.APP_NOT_ADDED);

    fake.stub(post(urlPathMatching(ACTIVITIES)).willReturn(aResponse().withStatus(403)));
    teams.send(kari(), prompt());

    assertThat(teams.problems(List.of(kari(), stranger)))
        .containsEntry(kari().id(), Reach.Problem.APP_REMOVED)
        .containsEntry(stranger.id(), Reach.Problem.APP_NOT_ADDED);
  }

  @Test
  void postsACardWithTextAndImageToARecordedChannel() {
    stored.saveChannel(
        new TeamsConversations.TeamChannel(
            "19:leaders@thread.tacv2",
            TeamsPayloads.TENANT,
            "19:team@thread.tacv2",
            "Ledergruppa",
            "Ledere",
            fake.serviceUrl(),
            TeamsPayloads.BOT_ID,
            Instant.now()));
    ChannelAddress leaders =
        new ChannelAddress("teams", TeamsPayloads.TENANT, "19:leaders@thread.tacv2", "Ledere");

    Delivery delivery =
        teams.post(
            leaders,
            new ChannelPost(
                "Ukens sammendrag", "Fire refleksjoner delt", new byte[] {1, 2, 3}, "Søyler"));

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
    assertThat(fake.sentActivities())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.get("conversation").get("id").asText())
                  .isEqualTo("19:leaders@thread.tacv2");
              assertThat(a.get("attachments").get(0).get("content").toString())
                  .contains("Ukens sammendrag", "data:image/png;base64,AQID", "Søyler");
            });
  }

  @Test
  void anUnknownChannelOrAnotherTenantsChannelIsUnreachable() {
    ChannelAddress unknown = new ChannelAddress("teams", TeamsPayloads.TENANT, "19:nope", null);

    assertThat(teams.post(unknown, new ChannelPost("t", "x", null, null)).outcome())
        .isEqualTo(Delivery.Outcome.UNREACHABLE);
    assertThat(fake.sentTo(ACTIVITIES)).isEmpty();
  }

  private static Leader kari() {
    return leader(KARI);
  }

  private static Leader leader(ChatIdentity identity) {
    return new Leader(
        new LeaderId("kari"),
        new TenantId("fjordvik"),
        "Kari Nordmann",
        null,
        null,
        Language.NB,
        null,
        false,
        List.of(identity),
        Instant.now());
  }

  private static Leader withId(String id, Leader l) {
    return new Leader(
        new LeaderId(id),
        l.tenantId(),
        l.name(),
        null,
        null,
        l.language(),
        null,
        false,
        l.identities(),
        l.createdAt());
  }

  private static List<Reply> prompt() {
    return List.of(
        new QuestionReply(
            "q-9",
            QuestionReply.Kind.SCALE,
            "Etter møtet",
            "Hvordan gikk møtet?",
            null,
            List.of(new Button("4", Action.answer("q-9", "4"))),
            "dårlig",
            "godt",
            false,
            0,
            1,
            5,
            List.of(new Button("Senere", new Action("q-9", Action.LATER)))));
  }
}
