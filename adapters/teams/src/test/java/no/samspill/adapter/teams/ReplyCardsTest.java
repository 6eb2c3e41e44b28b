package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.ExportReply;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.language.Language;
import org.junit.jupiter.api.Test;

class ReplyCardsTest {

  @Test
  void aChoiceBecomesSubmitButtonsCarryingTheQuestionAndValue() {
    ObjectNode card =
        ReplyCards.question(
            question(
                QuestionReply.Kind.CHOICE,
                List.of(
                    new Button("Samarbeide", Action.answer("q1", "collaborate")),
                    new Button("Unngå", Action.answer("q1", "avoid")))),
            Language.NB);

    List<JsonNode> submits = submits(card);
    assertThat(submits)
        .extracting(s -> s.get("title").asText())
        .containsExactly("Samarbeide", "Unngå", "Hopp over", "Senere");
    assertThat(submits.get(0).get("data").get("askedId").asText()).isEqualTo("q1");
    assertThat(submits.get(0).get("data").get("value").asText()).isEqualTo("a:collaborate");
    assertThat(submits.get(3).get("data").get("value").asText()).isEqualTo(Action.LATER);
    assertThat(card.toString()).contains("Spørsmål 2 av 5").contains("Hvordan vil du møte saken?");
  }

  @Test
  void aFreeTextQuestionGetsAnInputAndASubmitThatSendsTheText() {
    ObjectNode card =
        ReplyCards.question(question(QuestionReply.Kind.FREE_TEXT, List.of()), Language.NN);

    JsonNode input = find(card, "Input.Text").get(0);
    assertThat(input.get("id").asText()).isEqualTo(AdaptiveCards.TEXT_INPUT);
    assertThat(input.get("maxLength").asInt()).isEqualTo(500);
    JsonNode send = submits(card).get(0);
    assertThat(send.get("title").asText()).isEqualTo("Send");
    assertThat(send.get("data").get("value").asText()).isEqualTo(Action.SUBMIT_TEXT);
    assertThat(input.get("placeholder").asText()).isEqualTo("Skriv svaret ditt her");
  }

  @Test
  void textSummaryAndExportBecomeMessages() {
    List<Activity> out =
        ReplyCards.render(
            List.of(
                new TextReply("Takk!"),
                new SummaryReply(
                    "Refleksjon", List.of(new SummaryReply.Line("Tillit", "4")), "Privat"),
                new ExportReply("samspill.json", "{\"a\":1}", "Her er dataene dine")),
            Language.NB);

    assertThat(out).hasSize(4);
    assertThat(out.get(0).getText()).isEqualTo("Takk!");
    assertThat(out.get(1).getAttachments().get(0).getContent().toString())
        .contains("FactSet")
        .contains("Tillit");
    assertThat(out.get(2).getText()).isEqualTo("Her er dataene dine");
    assertThat(out.get(3).getAttachments().get(0).getContent().toString())
        .contains("{\\\"a\\\":1}");
  }

  @Test
  void theWelcomeExplainsTheLensesAndPrivacyInEachLanguage() {
    assertThat(WelcomeCards.personal(Language.NB).toString())
        .contains("Velkommen til Samspill", "Tillit", "Konflikt", "SECI", "bare dine");
    assertThat(WelcomeCards.personal(Language.NN).toString())
        .contains("Velkomen til Samspill", "berre dine", "namngjevne");
    assertThat(WelcomeCards.personal(Language.EN).toString())
        .contains("Welcome to Samspill", "Trust", "Conflict", "yours alone", "so few people");
  }

  @Test
  void aChannelPostCarriesTitleTextAndTheImageWithItsAltText() {
    ObjectNode card =
        ReplyCards.post(
            new ChannelPost("Ukens lærdom", "Tre ledere delte", new byte[] {1, 2, 3}, "Diagram"));

    JsonNode image = find(card, "Image").get(0);
    assertThat(image.get("url").asText()).isEqualTo("data:image/png;base64,AQID");
    assertThat(image.get("altText").asText()).isEqualTo("Diagram");
    assertThat(card.toString()).contains("Ukens lærdom").contains("Tre ledere delte");
  }

  private static QuestionReply question(QuestionReply.Kind kind, List<Button> options) {
    return new QuestionReply(
        "q1",
        kind,
        "Før møtet",
        "Hvordan vil du møte saken?",
        null,
        options,
        null,
        null,
        false,
        500,
        2,
        5,
        List.of(
            new Button("Hopp over", new Action("q1", Action.SKIP)),
            new Button("Senere", new Action("q1", Action.LATER))));
  }

  private static List<JsonNode> submits(JsonNode card) {
    return find(card, "Action.Submit");
  }

  private static List<JsonNode> find(JsonNode node, String type) {
    List<JsonNode> found = new ArrayList<>();
    if (node.isObject() && type.equals(node.path("type").asText())) {
      found.add(node);
    }
    node.elements().forEachRemaining(child -> found.addAll(find(child, type)));
    return found;
  }
}
