package no.samspill.app.teams;

import static no.samspill.app.teams.CardReading.askedId;
import static no.samspill.app.teams.CardReading.dataOf;
import static no.samspill.app.teams.CardReading.isSummary;
import static no.samspill.app.teams.CardReading.labelOf;
import static no.samspill.app.teams.CardReading.labels;
import static no.samspill.app.teams.CardReading.submits;
import static no.samspill.app.teams.CardReading.texts;
import static no.samspill.app.teams.CardReading.valueOf;
import static no.samspill.testing.teams.FakeBotFramework.lastCard;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import no.samspill.app.LogLeaks;
import no.samspill.app.TestApp;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A leader meets Samspill in Teams, end to end: the real engine on the embedded MongoDB, the real
 * Bot Framework SDK, and WireMock as the Bot Connector, token endpoint and signing keys.
 */
@ExtendWith(OutputCaptureExtension.class)
class TeamsConversationIntegrationTest {

  private static final ChatIdentity NORA =
      new ChatIdentity("teams", TeamsPayloads.TENANT, "aad-nora");

  @TempDir static Path dir;
  static FakeBotFramework fake;
  static ConfigurableApplicationContext app;
  static String endpoint;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    fake = new FakeBotFramework();
    app = TestApp.start(dir.resolve("teams.mv"), TestApp.newDatabase(), fake.properties());
    endpoint =
        "http://localhost:"
            + app.getEnvironment().getProperty("local.server.port")
            + "/api/messages";
  }

  @AfterAll
  static void stop(CapturedOutput output) {
    app.close();
    fake.close();
    LogLeaks.assertNone(
        output,
        List.of(
            FakeBotFramework.APP_PASSWORD,
            FakeBotFramework.BOT_TOKEN,
            "Nora Berg",
            "Siri Dahl",
            "Liv Aas",
            "Rolle, ikke navn",
            "Skolebruksplan for Fjordvik"));
  }

  @Test
  void aLeaderInstallsRegistersACaseAndReflectsBeforeAndAfterThroughCardsAndTypedText()
      throws Exception {
    List<JsonNode> welcome = send(nora().botAdded());
    assertThat(cardText(welcome)).contains("Velkommen til Samspill", "bare dine");

    JsonNode title = lastCard(send(nora().text("ny sak")));
    JsonNode number = lastCard(send(nora().text("Skolebruksplan for Fjordvik")));
    List<JsonNode> created = send(nora().submit(askedId(number), "skip"));
    assertThat(texts(created)).anyMatch(t -> t.contains("Skolebruksplan for Fjordvik"));
    assertThat(cardText(List.of(title))).contains("Hva heter saken?");

    reflect(Phase.PRE);
    reflect(Phase.POST);

    List<Reflection> done = reflections();
    assertThat(done).extracting(Reflection::phase).containsExactlyInAnyOrder(Phase.PRE, Phase.POST);
    assertThat(done).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReflectionStatus.COMPLETED));
    assertThat(done).allSatisfy(r -> assertThat(r.answers()).isNotEmpty());
  }

  @Test
  void cardChromeIsInTheLanguageTheLeaderChoseNotTheTeamsClients() throws Exception {
    TeamsPayloads siri = nora("aad-siri", "Siri Dahl").locale("nb-NO");
    send(siri.text("språk en"));

    // Siri has no cases yet, so "reflect" opens a free reflection at once.
    JsonNode question = lastCard(send(siri.text("reflect")));

    assertThat(question.toString()).contains("Question 1 of").doesNotContain("Spørsmål");
    assertThat(question.toString()).contains("\"Send\"").contains("Type your answer here");
  }

  @Test
  void anAnsweredCardIsReplacedInPlaceWithItsAnswerAndNothingLeftToClick() throws Exception {
    TeamsPayloads liv = nora("aad-liv", "Liv Aas");
    // Liv has no cases, so "refleksjon" opens a free reflection at once.
    JsonNode situation = lastCard(send(liv.text("refleksjon")));
    assertThat(labels(situation)).contains("Avbryt");

    // Teams hands back the button's data, with the card's input beside it.
    com.fasterxml.jackson.databind.node.ObjectNode typedData = dataOf(situation, "text");
    typedData.put("answerText", "Rolle, ikke navn: gruppeleder");
    List<JsonNode> afterTyping =
        send(nora("aad-liv", "Liv Aas").replyTo("card-situation").submitRaw(typedData.toString()));

    JsonNode typed = onlyUpdate("card-situation");
    assertThat(typed.toString())
        .contains("Svart: Rolle, ikke navn: gruppeleder")
        .contains("Hva skjedde i samspillet med politikerne?");
    assertThat(submits(typed)).isEmpty();

    JsonNode next = lastCard(afterTyping);
    String value = valueOf(next, v -> v.startsWith("a:"));
    String label = labelOf(next, value);
    send(nora("aad-liv", "Liv Aas").replyTo("card-next").submitRaw(dataOf(next, value).toString()));
    JsonNode clicked = onlyUpdate("card-next");
    assertThat(clicked.toString())
        .contains("Svart: " + label)
        .contains("tilliten mellom deg og politikerne");
    assertThat(submits(clicked)).isEmpty();

    // A click on the old card is refused, and the card is left as it is.
    send(nora("aad-liv", "Liv Aas").replyTo("card-situation").submit(askedId(next), value));
    assertThat(fake.updates()).isEmpty();
  }

  @Test
  void aQuestionAnsweredByTypingIsReplacedInPlaceAsAClickWouldBe() throws Exception {
    TeamsPayloads eva = nora("aad-eva", "Eva Lund");
    // Eva has no cases, so "refleksjon" opens a free reflection at once; Teams names the card.
    JsonNode situation = lastCard(sendNamingCards(eva.text("refleksjon"), "card-typed"));

    List<JsonNode> afterTyping = send(nora("aad-eva", "Eva Lund").text("Rolle, ikke navn: rektor"));

    JsonNode frozen = onlyUpdate("card-typed");
    assertThat(frozen.toString())
        .contains("Svart: Rolle, ikke navn: rektor")
        .contains("Hva skjedde i samspillet med politikerne?");
    assertThat(submits(frozen)).isEmpty();
    assertThat(askedId(lastCard(afterTyping))).isNotEqualTo(askedId(situation));

    // A typed command answers nothing: the open card is left as it is.
    send(nora("aad-eva", "Eva Lund").text("mine"));
    assertThat(fake.updates()).isEmpty();
  }

  @Test
  void aNudgeAnsweredByTypingIsReplacedInPlace() throws Exception {
    nudgeAFreeReflection(nora("aad-siv", "Siv Moe"), "aad-siv", () -> namingCards("nudge-card"));

    send(nora("aad-siv", "Siv Moe").text("Gruppelederne var uenige"));

    assertThat(onlyUpdate("nudge-card").toString()).contains("Svart: Gruppelederne var uenige");
  }

  /**
   * A leader who has written once is sent a free reflection unprompted; {@code beforeSending} stubs
   * the Connector after its requests so far were forgotten.
   */
  private static Delivery nudgeAFreeReflection(
      TeamsPayloads who, String aadObjectId, Runnable beforeSending) throws Exception {
    send(who.text("hjelp"));
    LeaderId id = leaderOf(new ChatIdentity("teams", TeamsPayloads.TENANT, aadObjectId));
    Leader leader = app.getBean(Leaders.class).findById(id).orElseThrow();
    fake.reset();
    beforeSending.run();
    return teams()
        .send(
            leader,
            app.getBean(StartReflection.class)
                .start(new StartReflection.Command(id, Phase.AD_HOC, null, null))
                .replies());
  }

  /** Like {@link #send}, with Teams giving each question card it receives the id {@code id}. */
  private static List<JsonNode> sendNamingCards(String activity, String id) throws Exception {
    fake.reset();
    namingCards(id);
    HttpResponse<String> response = post(activity, fake.validToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return fake.sentActivities();
  }

  private static void namingCards(String id) {
    fake.stub(
        WireMock.post(WireMock.urlPathMatching("/v3/conversations/.+/activities.*"))
            .atPriority(1)
            .withRequestBody(WireMock.containing("Action.Submit"))
            .willReturn(WireMock.okJson("{\"id\":\"" + id + "\"}")));
  }

  /** The one card the bot replaced after the last message: PUT on that activity's id. */
  private static JsonNode onlyUpdate(String activityId) throws Exception {
    var updates = fake.updatesAtLeast(1);
    assertThat(updates).hasSize(1);
    assertThat(updates.get(0).getUrl()).endsWith("/activities/" + activityId);
    JsonNode activity =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(updates.get(0).getBodyAsString());
    return activity.get("attachments").get(0).get("content");
  }

  @Test
  void aNudgeReachesTheLeaderProactivelyAndIsAnsweredFromTheCard() throws Exception {
    Delivery delivery =
        nudgeAFreeReflection(nora("aad-ola", "Ola Hauge").locale("nn-NO"), "aad-ola", () -> {});

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
    JsonNode nudge = lastCard(fake.sentActivities());
    assertThat(nudge.toString()).contains("Spørsmål 1 av");
    JsonNode next = answer(nudge, nora("aad-ola", "Ola Hauge").locale("nn-NO"));
    assertThat(next).isNotNull();
  }

  @Test
  void theBotAddedToATeamCanPostTheDigestToOneOfItsChannels() throws Exception {
    fake.reset();
    fake.teamHasChannel("19:team@thread.tacv2", "19:leaders@thread.tacv2", "Ledere");
    HttpResponse<String> added =
        post(
            TeamsPayloads.inChannel(
                    fake.serviceUrl(), "19:team@thread.tacv2", "19:team@thread.tacv2")
                .botAdded(),
            fake.validToken());
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(cardText(fake.sentActivities())).contains("sammendrag her");
    fake.reset();

    Delivery delivery =
        teams()
            .post(
                new ChannelAddress("teams", TeamsPayloads.TENANT, "19:leaders@thread.tacv2", null),
                new ChannelPost("Ukens lærdom", "Tre ledere delte", new byte[] {1, 2}, "Diagram"));

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
    assertThat(cardText(fake.sentActivities())).contains("Ukens lærdom", "data:image/png;base64,");
  }

  @Test
  void aForgedTokenIsRefusedAndNoLeaderIsCreated() throws Exception {
    String forged =
        fake.token(
            FakeBotFramework.ISSUER,
            FakeBotFramework.APP_ID,
            java.time.Instant.now().plusSeconds(600),
            true);

    HttpResponse<String> response = post(nora("aad-mallory", "Mallory").text("hjelp"), forged);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(
            app.getBean(Leaders.class)
                .findByIdentity(new ChatIdentity("teams", TeamsPayloads.TENANT, "aad-mallory")))
        .isEmpty();
  }

  /** Picks the case and phase, then answers until the summary: clicks, typing, card text. */
  private void reflect(Phase phase) throws Exception {
    JsonNode pickCase = lastCard(send(nora().text("refleksjon")));
    JsonNode pickPhase =
        lastCard(
            send(nora().submit(askedId(pickCase), valueOf(pickCase, v -> !v.equals("a:adhoc")))));
    JsonNode card =
        lastCard(
            send(
                nora()
                    .submit(
                        askedId(pickPhase),
                        "a:" + phase.name().toLowerCase(java.util.Locale.ROOT))));
    for (int step = 0; step < 10 && !isSummary(card); step++) {
      card = answer(card, nora());
    }
    assertThat(isSummary(card)).as("flow ended in a summary").isTrue();
  }

  private int freeTextAnswers;

  /** Answers one question card the way a leader would, alternating typing and the card's input. */
  private JsonNode answer(JsonNode card, TeamsPayloads as) throws Exception {
    String askedId = askedId(card);
    if (card.toString().contains("Input.Text")) {
      String text = "Rolle, ikke navn: gruppeleder " + (++freeTextAnswers);
      return lastCard(
          send(freeTextAnswers % 2 == 0 ? as.text(text) : as.submitText(askedId, text)));
    }
    String value = valueOf(card, v -> v.equals("a:4"));
    if (value == null) {
      value = valueOf(card, v -> v.startsWith("a:"));
    }
    return lastCard(send(as.submit(askedId, value)));
  }

  private static String cardText(List<JsonNode> activities) {
    return activities.toString();
  }

  private static TeamsPayloads nora() {
    return nora("aad-nora", "Nora Berg");
  }

  private static TeamsPayloads nora(String aadObjectId, String name) {
    return TeamsPayloads.personal(fake.serviceUrl()).from(aadObjectId, name);
  }

  /** Posts an activity with a valid token and returns what the bot sent back for it. */
  private static List<JsonNode> send(String activity) throws Exception {
    fake.reset();
    HttpResponse<String> response = post(activity, fake.validToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return fake.sentActivities();
  }

  private static HttpResponse<String> post(String activity, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(endpoint))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(activity))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static ChatChannel teams() {
    return app.getBeansOfType(ChatChannel.class).values().stream()
        .filter(c -> c.name().equals("teams"))
        .findFirst()
        .orElseThrow();
  }

  private static LeaderId leaderOf(ChatIdentity identity) {
    return app.getBean(Leaders.class).findByIdentity(identity).orElseThrow();
  }

  private static List<Reflection> reflections() {
    return app.getBean(Reflections.class).findByLeader(leaderOf(NORA), 10);
  }
}
