package no.samspill.app.slack;

import static no.samspill.app.slack.SlackFixture.TEAM;
import static no.samspill.app.slack.SlackFixture.eventually;
import static no.samspill.app.slack.SlackPayloads.JSON;
import static no.samspill.app.slack.SlackPayloads.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Leaders talk to the real engine through Slack: commands, flows, clicks, modals, App Home. */
class SlackConversationIntegrationTest extends SingleWorkspaceTests {

  @Test
  void slashCommandIsAcknowledgedAndHelpArrivesAsADirectMessage() {
    fx.dm("UHELP");

    HttpResponse<String> response =
        fx.sendForm(
            SlackPayloads.command(
                "UHELP", "DUHELP", "directmessage", "hjelp", fx.responseUrl("help")));

    assertThat(response.statusCode()).isEqualTo(200);
    List<Map<String, String>> posts = eventually(() -> fx.posts("DUHELP"), p -> !p.isEmpty());
    assertThat(posts.get(0).get("text")).contains("Dette kan du skrive til meg");
    Leader leader = leader("UHELP").orElseThrow();
    assertThat(leader.name()).isEqualTo("Kari Slack");
    assertThat(leader.identities()).contains(new ChatIdentity("slack", TEAM, "UHELP"));
  }

  @Test
  void slashCommandInAChannelAnswersOnlyTheLeaderThere() {
    fx.sendForm(
        SlackPayloads.command("UCHAN", "CLEADERS", "ledere", "help", fx.responseUrl("chan")));

    String body = eventually(() -> respondedBodies("chan"), b -> !b.isEmpty()).get(0);
    assertThat(body)
        .contains("\"response_type\":\"ephemeral\"")
        .contains("Dette kan du skrive til meg");
    assertThat(fx.posts("CLEADERS")).isEmpty();
  }

  @Test
  void completesAPreFlowThroughButtonsAndTheModal() {
    Reflection done = runFlow("UPRE", Phase.PRE);

    assertThat(done.status()).isEqualTo(ReflectionStatus.COMPLETED);
    assertThat(done.answers()).hasSize(5);
    assertAnsweredMessagesLostTheirButtons("DUPRE");
  }

  @Test
  void completesAPostFlowThroughButtonsAndTheModal() {
    Reflection done = runFlow("UPOST", Phase.POST);

    assertThat(done.status()).isEqualTo(ReflectionStatus.COMPLETED);
    assertThat(done.answers()).hasSize(5);
    assertThat(done.answers().stream().map(a -> String.valueOf(a)))
        .anyMatch(a -> a.contains("godt forberedt"));
  }

  @Test
  void aDoubleClickedButtonStoresOneAnswer() throws Exception {
    Leader leader = firstContact("UDBL");
    int seen = fx.posts("DUDBL").size();
    send(leader, Phase.PRE);
    Map<String, String> question = nextQuestion("DUDBL", seen);
    JsonNode button = buttons(question.get("blocks")).get(0);
    String click =
        SlackPayloads.click("UDBL", question.get("blocks"), button, fx.responseUrl("dbl"), false);

    // Two clicks are two requests with trigger ids of their own; one request twice is a replay.
    String again = click.replace("trigger-1", "trigger-2");
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> fx.sendForm(click));
    CompletableFuture<HttpResponse<String>> second =
        CompletableFuture.supplyAsync(() -> fx.sendForm(again));

    assertThat(first.get().statusCode()).isEqualTo(200);
    assertThat(second.get().statusCode()).isEqualTo(200);
    eventually(
        () -> fx.posts("DUDBL"),
        posts -> posts.stream().anyMatch(p -> p.get("text").contains("lukket")));
    eventually(() -> fx.posts("DUDBL").stream().filter(this::isQuestion).count(), n -> n >= 2);
    assertThat(latest(leader).answers()).hasSize(1);
  }

  @Test
  void aRetriedEventDoesNotStoreASecondAnswer() {
    Leader leader = firstContact("URET");
    int seen = fx.posts("DURET").size();
    send(leader, Phase.AD_HOC);
    nextQuestion("DURET", seen);
    int before = fx.posts("DURET").size();
    String event = SlackPayloads.directMessage("EvRetry1", "URET", "Et møte som gikk skeivt.");

    assertThat(fx.sendJson(event).statusCode()).isEqualTo(200);
    Map<String, String> retry = SlackFixture.signed(event);
    retry.put("X-Slack-Retry-Num", "1");
    retry.put("X-Slack-Retry-Reason", "http_timeout");
    assertThat(fx.send("application/json", event, retry).statusCode()).isEqualTo(200);

    nextQuestion("DURET", before);
    assertThat(latest(leader).answers()).hasSize(1);
    assertThat(fx.posts("DURET").stream().filter(p -> p.get("text").contains("lukket"))).isEmpty();
  }

  @Test
  void aModalAnswerToAClosedQuestionIsRefusedKindlyAndStoresNothing() {
    Leader leader = firstContact("UCLOSED");
    int seen = fx.posts("DUCLOSED").size();
    send(leader, Phase.AD_HOC);
    Map<String, String> question = nextQuestion("DUCLOSED", seen);
    JsonNode answer = buttons(question.get("blocks")).get(0);
    int opened = fx.calls("views.open").size();
    fx.sendForm(
        SlackPayloads.click(
            "UCLOSED", question.get("blocks"), answer, fx.responseUrl("closed"), false));
    String view = fx.calls("views.open").get(opened).get("view");
    String metadata = JSON.readTree(view).get("private_metadata").asString();
    int before = fx.posts("DUCLOSED").size();
    fx.sendForm(SlackPayloads.submit("UCLOSED", metadata, "Første svar."));
    nextQuestion("DUCLOSED", before);

    HttpResponse<String> again =
        fx.sendForm(SlackPayloads.submit("UCLOSED", metadata, "Andre svar."));

    assertThat(again.statusCode()).isEqualTo(200);
    eventually(
        () -> fx.posts("DUCLOSED"),
        posts -> posts.stream().anyMatch(p -> p.get("text").contains("lukket")));
    assertThat(latest(leader).answers()).hasSize(1);
    assertThat(String.valueOf(latest(leader).answers())).doesNotContain("Andre svar");
  }

  @Test
  void publishesAppHomeAndSwitchesLanguageFromIt() {
    Leader leader = firstContact("UHOME");

    fx.sendJson(SlackPayloads.homeOpened("EvHome1", "UHOME"));

    Map<String, String> publish =
        eventually(
                () ->
                    fx.calls("views.publish").stream()
                        .filter(c -> "UHOME".equals(c.get("user_id")))
                        .toList(),
                l -> !l.isEmpty())
            .get(0);
    assertThat(publish.get("view")).contains("Dine saker").contains("Nynorsk").contains("Språk");
    JsonNode nynorsk =
        buttons(JSON.readTree(publish.get("view")).get("blocks").toString()).stream()
            .filter(b -> b.get("value").asString().equals("nn"))
            .findFirst()
            .orElseThrow();
    fx.sendForm(SlackPayloads.click("UHOME", "[]", nynorsk, fx.responseUrl("home"), false));

    eventually(
        () -> fx.bean(Leaders.class).findById(leader.id()).orElseThrow().language(),
        l -> l == Language.NN);
    eventually(
        () ->
            fx.calls("views.publish").stream()
                .filter(c -> "UHOME".equals(c.get("user_id")))
                .count(),
        n -> n >= 2);
  }

  @Test
  void anUnknownButtonGetsAFriendlyAnswer() {
    fx.dm("UODD");
    JsonNode odd =
        JSON.readTree(
            "{\"action_id\":\"somebody.else\",\"value\":\"x\",\"text\":{\"text\":\"?\"}}");

    HttpResponse<String> response =
        fx.sendForm(SlackPayloads.click("UODD", "[]", odd, fx.responseUrl("odd"), false));

    assertThat(response.statusCode()).isEqualTo(200);
    eventually(
        () -> fx.posts("DUODD"),
        posts ->
            posts.stream()
                .anyMatch(p -> p.get("text").contains(Messages.get(Language.NB, "closed"))));
  }

  private Reflection runFlow(String user, Phase phase) {
    Leader leader = firstContact(user);
    String dm = "D" + user;
    int seen = fx.posts(dm).size();
    send(leader, phase);
    boolean validated = false;
    for (int step = 0; step < 10; step++) {
      Optional<Map<String, String>> question = nextQuestionOrEnd(dm, seen);
      seen = fx.posts(dm).size();
      if (question.isEmpty()) {
        return latest(leader);
      }
      String blocks = question.get().get("blocks");
      JsonNode first = buttons(blocks).get(0);
      int opened = fx.calls("views.open").size();
      assertThat(
              fx.sendForm(SlackPayloads.click(user, blocks, first, fx.responseUrl(user), false))
                  .statusCode())
          .isEqualTo(200);
      if (first.get("action_id").asString().equals("samspill.modal")) {
        // views.open runs before the ack, so the modal is open when the click returns.
        String view = fx.calls("views.open").get(opened).get("view");
        String metadata = JSON.readTree(view).get("private_metadata").asString();
        if (!validated) {
          HttpResponse<String> tooLong =
              fx.sendForm(SlackPayloads.submit(user, metadata, "x".repeat(3900)));
          assertThat(tooLong.body())
              .contains("\"response_action\":\"errors\"")
              .contains("for langt");
          validated = true;
        }
        assertThat(
                fx.sendForm(SlackPayloads.submit(user, metadata, "Saken var godt forberedt."))
                    .statusCode())
            .isEqualTo(200);
      }
    }
    throw new AssertionError("The flow did not end");
  }

  private void assertAnsweredMessagesLostTheirButtons(String dm) {
    List<Map<String, String>> updates =
        fx.calls("chat.update").stream().filter(c -> dm.equals(c.get("channel"))).toList();
    assertThat(updates).isNotEmpty();
    assertThat(updates)
        .allSatisfy(u -> assertThat(u.get("blocks")).contains("✔").doesNotContain("\"actions\""));
  }

  private Leader firstContact(String user) {
    fx.dm(user);
    fx.sendForm(
        SlackPayloads.command(user, "D" + user, "directmessage", "hjelp", fx.responseUrl(user)));
    eventually(() -> fx.posts("D" + user), p -> !p.isEmpty());
    return leader(user).orElseThrow();
  }

  private void send(Leader leader, Phase phase) {
    Delivery delivery =
        slackChannel()
            .send(
                leader,
                fx.bean(StartReflection.class)
                    .start(new StartReflection.Command(leader.id(), phase, null, null))
                    .replies());
    assertThat(delivery.succeeded()).isTrue();
  }

  private Map<String, String> nextQuestion(String dm, int seen) {
    return nextQuestionOrEnd(dm, seen).orElseThrow();
  }

  private Optional<Map<String, String>> nextQuestionOrEnd(String dm, int seen) {
    List<Map<String, String>> fresh =
        eventually(
            () -> {
              List<Map<String, String>> posts = fx.posts(dm);
              return posts.subList(Math.min(seen, posts.size()), posts.size());
            },
            l -> l.stream().anyMatch(p -> isQuestion(p) || isSummary(p)));
    return fresh.stream().filter(this::isQuestion).findFirst();
  }

  private boolean isQuestion(Map<String, String> post) {
    return post.getOrDefault("blocks", "").contains("\"actions\"");
  }

  private boolean isSummary(Map<String, String> post) {
    return post.getOrDefault("blocks", "").contains("\"header\"");
  }

  private Reflection latest(Leader leader) {
    return fx.bean(Reflections.class).findByLeader(leader.id(), 1).get(0);
  }

  private static Optional<Leader> leader(String user) {
    Leaders leaders = fx.bean(Leaders.class);
    return eventually(
        () ->
            leaders
                .findByIdentity(new ChatIdentity("slack", TEAM, user))
                .flatMap(leaders::findById),
        Optional::isPresent);
  }

  private static List<String> respondedBodies(String name) {
    return fx.slack.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals("/respond/" + name))
        .map(e -> e.getRequest().getBodyAsString())
        .toList();
  }
}
