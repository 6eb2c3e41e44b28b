package no.samspill.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static no.samspill.app.slack.SlackFixture.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.delivery.Reach;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Language;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Samspill reaching Slack unprompted, and requests Slack did not sign being refused. */
class SlackDeliveryAndSecurityIntegrationTest extends SingleWorkspaceTests {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

  @Test
  void sendsAProactiveDirectMessageThroughConversationsOpen() {
    fx.dm("UNUDGE");
    Leader leader = slackLeader("UNUDGE", Language.EN);

    Delivery delivery = slackChannel().send(leader, List.of(new TextReply("Time to reflect")));

    assertThat(delivery.succeeded()).isTrue();
    assertThat(fx.calls("conversations.open"))
        .anySatisfy(c -> assertThat(c.get("users")).isEqualTo("UNUDGE"));
    assertThat(fx.posts("DUNUDGE"))
        .singleElement()
        .satisfies(p -> assertThat(p.get("text")).isEqualTo("Time to reflect"));
  }

  @Test
  void aNudgeIsOneMessageCarryingItsKeyAndTheDmChannelIsOpenedOnlyOnce() {
    fx.dm("UKEYED");
    Leader leader = slackLeader("UKEYED", Language.NB);
    List<Reply> nudge =
        List.of(
            new TextReply("Formannskapet behandlet Skolebruksplan"),
            new TextReply("Hvordan gikk det?"));

    Delivery first = slackChannel().deliver(leader, Dispatch.of("nudge-key-1", nudge)).join();
    Delivery second = slackChannel().deliver(leader, Dispatch.of("nudge-key-2", nudge)).join();

    assertThat(first.succeeded()).isTrue();
    assertThat(second.succeeded()).isTrue();
    assertThat(fx.calls("conversations.open"))
        .filteredOn(c -> "UKEYED".equals(c.get("users")))
        .hasSize(1);
    assertThat(fx.posts("DUKEYED"))
        .hasSize(2)
        .first()
        .satisfies(
            p ->
                assertThat(p.get("blocks")).contains("Skolebruksplan").contains("Hvordan gikk det"))
        .satisfies(
            p -> assertThat(p.get("metadata")).contains("samspill_nudge").contains("nudge-key-1"));
  }

  @Test
  void aForgottenLeadersDmChannelIsNoLongerRememberedAndIsOpenedAgain() {
    fx.dm("UFORGET");
    Leader leader = slackLeader("UFORGET", Language.NB);
    slackChannel().send(leader, List.of(new TextReply("Første")));

    slackChannel().forget(leader.identities().get(0));

    MongoTemplate mongo = fx.bean(MongoTemplate.class);
    assertThat(mongo.findById(TEAM + "|UFORGET", Document.class, "slack_dm_channels")).isNull();
    assertThat(slackChannel().send(leader, List.of(new TextReply("Andre"))).succeeded()).isTrue();
    assertThat(fx.calls("conversations.open"))
        .filteredOn(c -> "UFORGET".equals(c.get("users")))
        .hasSize(2);
  }

  @Test
  void aNudgeThatArrivedBeforeTheSenderCrashedIsRecognisedAndNotPostedAgain() {
    fx.dm("UCRASH");
    fx.slack.stubFor(
        post("/api/conversations.history")
            .withRequestBody(containing("channel=DUCRASH"))
            .willReturn(
                okJson(
                    "{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1.1\","
                        + "\"metadata\":{\"event_type\":\"samspill_nudge\",\"event_payload\":"
                        + "{\"key\":\"nudge-crashed\",\"part\":0}}}]}")));
    Leader leader = slackLeader("UCRASH", Language.NB);
    List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    Dispatch retry =
        new Dispatch(
            "nudge-crashed",
            Instant.now().minusSeconds(400),
            () -> {
              opened.add("claim renewed");
              return java.util.Optional.of(List.<Reply>of(new TextReply("Tid for refleksjon")));
            });

    Delivery delivery = slackChannel().deliver(leader, retry).join();

    assertThat(delivery.succeeded()).isTrue();
    assertThat(opened).hasSize(1);
    assertThat(fx.posts("DUCRASH")).isEmpty();
  }

  @Test
  void postsTheDigestWithItsImageThroughAllThreeUploadCalls() {
    ChannelAddress leaders = new ChannelAddress("slack", TEAM, "CDIGEST", "ledere");

    Delivery delivery =
        slackChannel()
            .post(
                leaders,
                new ChannelPost("Ukens lærdommer", "Tre ledere delte", PNG, "Søylediagram"));

    assertThat(delivery.succeeded()).isTrue();
    assertThat(fx.posts("CDIGEST"))
        .singleElement()
        .satisfies(p -> assertThat(p.get("blocks")).contains("Ukens lærdommer"));
    assertThat(fx.calls("files.getUploadURLExternal"))
        .anySatisfy(c -> assertThat(c.get("length")).isEqualTo(String.valueOf(PNG.length)));
    fx.slack.verify(
        postRequestedFor(urlEqualTo("/upload/F1"))
            .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo(PNG)));
    assertThat(fx.calls("files.completeUploadExternal"))
        .anySatisfy(c -> assertThat(c.get("channel_id")).isEqualTo("CDIGEST"));
  }

  @Test
  void waitsOutA429ForItsRetryAfterAndDelivers() {
    fx.throttleOnce("C429");

    Delivery delivery =
        slackChannel()
            .post(
                new ChannelAddress("slack", TEAM, "C429", "busy"),
                new ChannelPost("Digest", "Text", null, null));

    assertThat(delivery.succeeded()).isTrue();
    assertThat(fx.posts("C429")).hasSize(2);
  }

  @Test
  void reportsAGoneChannelAsUnreachable() {
    fx.slack.stubFor(
        post("/api/chat.postMessage")
            .atPriority(1)
            .withRequestBody(containing("channel=CGONE"))
            .willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));

    Delivery delivery =
        slackChannel()
            .post(
                new ChannelAddress("slack", TEAM, "CGONE", "gone"),
                new ChannelPost("Digest", "Text", null, null));

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.UNREACHABLE);
  }

  @Test
  void aUserSlackNoLongerKnowsIsUnreachableUntilADmWithThemOpensAgain() {
    fx.slack.stubFor(
        post("/api/conversations.open")
            .atPriority(1)
            .withRequestBody(containing("users=UGONE"))
            .willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
    Leader gone = slackLeader("UGONE", Language.NB);
    Leader here = slackLeader("UHERE", Language.NB);
    fx.dm("UHERE");
    slackChannel().send(here, List.of(new TextReply("Hei")));

    Delivery delivery = slackChannel().send(gone, List.of(new TextReply("Tid for refleksjon")));

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.UNREACHABLE);
    assertThat(slackChannel().problems(List.of(gone, here)))
        .containsOnly(Map.entry(gone.id(), Reach.Problem.USER_GONE));

    fx.dm("UGONE");
    assertThat(slackChannel().send(gone, List.of(new TextReply("Igjen"))).succeeded()).isTrue();

    assertThat(slackChannel().problems(List.of(gone, here))).isEmpty();
  }

  @Test
  void refusesUnsignedBadlySignedAndStaleRequestsAndStoresNothing() {
    String body =
        SlackPayloads.command("UEVIL", "DUEVIL", "directmessage", "hjelp", fx.responseUrl("evil"));
    Map<String, String> badlySigned = SlackFixture.signed(body);
    badlySigned.put("X-Slack-Signature", "v0=" + "0".repeat(64));

    HttpResponse<String> unsigned = fx.send("application/x-www-form-urlencoded", body, Map.of());
    HttpResponse<String> forged = fx.send("application/x-www-form-urlencoded", body, badlySigned);
    HttpResponse<String> stale =
        fx.send(
            "application/x-www-form-urlencoded",
            body,
            SlackFixture.signed(body, Instant.now().minusSeconds(6 * 60)));

    assertThat(List.of(unsigned.statusCode(), forged.statusCode(), stale.statusCode()))
        .containsOnly(401);
    // Refused on the request thread, before any work was queued.
    Leaders leaders = fx.bean(Leaders.class);
    assertThat(leaders.findByIdentity(new ChatIdentity("slack", TEAM, "UEVIL"))).isEmpty();
    assertThat(fx.calls("users.info"))
        .noneSatisfy(c -> assertThat(c.get("user")).isEqualTo("UEVIL"));
  }

  @Test
  void answersMalformedBodiesWithA400AndNeverA500() {
    HttpResponse<String> badJson = fx.sendForm("payload=%7Bnot-json");
    HttpResponse<String> badEvent = fx.sendJson("{\"type\":\"event_callback\",\"event\":");

    assertThat(badJson.statusCode()).isBetween(400, 499);
    assertThat(badEvent.statusCode()).isBetween(400, 499);
  }

  private static Leader slackLeader(String user, Language language) {
    return fx.leader(user, language);
  }
}
