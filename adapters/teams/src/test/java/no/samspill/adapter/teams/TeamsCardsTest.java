package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.Button;
import no.samspill.core.conversation.ExportReply;
import no.samspill.core.conversation.QuestionReply;
import no.samspill.core.conversation.SummaryReply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Every kind of card the adapter sends is an Adaptive Card 1.5 built only of elements and
 * properties that Teams renders on desktop, web and mobile: no Media, no Action.Execute, no Table
 * or other element newer than 1.5, no host-specific extension.
 */
class TeamsCardsTest {

  /** Each element type we use, with the properties of it that Teams renders (schema 1.5). */
  private static final Map<String, Set<String>> RENDERED_BY_TEAMS =
      Map.of(
          "AdaptiveCard", Set.of("type", "$schema", "version", "body"),
          "TextBlock", Set.of("type", "text", "wrap", "weight", "size", "isSubtle", "fontType"),
          "FactSet", Set.of("type", "facts"),
          "Image", Set.of("type", "url", "altText", "size"),
          "ActionSet", Set.of("type", "actions"),
          "Action.Submit", Set.of("type", "title", "data"),
          "Input.Text", Set.of("type", "id", "isMultiline", "placeholder", "maxLength"));

  private static final Map<String, Set<String>> ALLOWED_VALUES =
      Map.of(
          "weight", Set.of("Bolder"),
          "size", Set.of("Small", "Medium", "Stretch"),
          "fontType", Set.of("Monospace"));

  @Test
  void everyCardDeclaresVersion15() {
    for (JsonNode card : everyCard()) {
      assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
      assertThat(card.get("version").asText()).as(card.toString()).isEqualTo("1.5");
    }
  }

  @Test
  void everyCardUsesOnlyElementsAndPropertiesTeamsRenders() {
    List<JsonNode> cards = everyCard();
    List<String> typesSeen = new ArrayList<>();
    for (JsonNode card : cards) {
      for (JsonNode element : typed(card)) {
        String type = element.get("type").asText();
        typesSeen.add(type);
        assertThat(RENDERED_BY_TEAMS).as("element %s", type).containsKey(type);
        element
            .fieldNames()
            .forEachRemaining(
                field -> {
                  assertThat(RENDERED_BY_TEAMS.get(type)).as("%s.%s", type, field).contains(field);
                  if (ALLOWED_VALUES.containsKey(field)) {
                    assertThat(ALLOWED_VALUES.get(field))
                        .as("%s.%s", type, field)
                        .contains(element.get(field).asText());
                  }
                });
      }
    }
    // The walk saw every element type we allow, so the list above is no wider than what we use.
    assertThat(typesSeen).containsAll(RENDERED_BY_TEAMS.keySet());
  }

  @Test
  void theChartGoesInlineAsAPngDataUriWithAltText() {
    JsonNode card =
        ReplyCards.post(new ChannelPost("Ukens lærdom", "Tre delte", new byte[] {1, 2}, "Søyler"));

    JsonNode image =
        typed(card).stream().filter(e -> "Image".equals(e.get("type").asText())).findFirst().get();
    assertThat(image.get("url").asText()).startsWith("data:image/png;base64,");
    assertThat(image.get("altText").asText()).isEqualTo("Søyler");
  }

  private static List<JsonNode> everyCard() {
    List<JsonNode> cards = new ArrayList<>();
    for (Language language : Language.values()) {
      for (QuestionReply.Kind kind : QuestionReply.Kind.values()) {
        cards.add(ReplyCards.question(question(kind), language));
      }
      cards.add(content(ReplyCards.answered("card-1", "Hvordan gikk det?", "Godt", language)));
      cards.add(WelcomeCards.personal(language));
      cards.add(WelcomeCards.team(language));
      ReplyCards.render(
              List.of(
                  new SummaryReply("Refleksjon", List.of(new SummaryReply.Line("Tillit", "4")), ""),
                  new ExportReply("samspill.json", "{\"a\":1}", "Dataene dine")),
              language)
          .stream()
          .filter(a -> a.getAttachments() != null && !a.getAttachments().isEmpty())
          .forEach(a -> cards.add(content(a)));
    }
    cards.add(ReplyCards.post(new ChannelPost("Ukens lærdom", "Tre delte", new byte[] {1}, "Alt")));
    return cards;
  }

  private static QuestionReply question(QuestionReply.Kind kind) {
    List<Button> options =
        kind == QuestionReply.Kind.FREE_TEXT
            ? List.of()
            : List.of(
                new Button("1", Action.answer("q1", "1")),
                new Button("2", Action.answer("q1", "2")));
    return new QuestionReply(
        "q1",
        kind,
        "Etter møtet",
        "Hvordan gikk det?",
        "Velg det som passer best",
        options,
        "Dårlig",
        "Godt",
        false,
        500,
        1,
        3,
        List.of(new Button("Senere", new Action("q1", Action.LATER))));
  }

  private static JsonNode content(Activity activity) {
    assertThat(activity.getAttachments().get(0).getContentType())
        .isEqualTo(AdaptiveCards.CONTENT_TYPE);
    return (JsonNode) activity.getAttachments().get(0).getContent();
  }

  /** The card and every object in it that names its type (elements and actions). */
  private static List<JsonNode> typed(JsonNode node) {
    List<JsonNode> found = new ArrayList<>();
    if (node.isObject() && node.has("type")) {
      found.add(node);
    }
    for (JsonNode child : node) {
      if (!node.isObject() || child.isContainerNode()) {
        found.addAll(typed(child));
      }
    }
    return found;
  }
}
