package no.samspill.app.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reading the Adaptive Cards and texts the bot sent, as a Teams user would see them. */
final class CardReading {

  private CardReading() {}

  static com.fasterxml.jackson.databind.node.ObjectNode dataOf(JsonNode card, String value) {
    return submits(card).stream()
        .map(s -> (com.fasterxml.jackson.databind.node.ObjectNode) s.get("data").deepCopy())
        .filter(d -> d.get("value").asText().equals(value))
        .findFirst()
        .orElseThrow();
  }

  static List<String> labels(JsonNode card) {
    return submits(card).stream().map(s -> s.get("title").asText()).toList();
  }

  static String labelOf(JsonNode card, String value) {
    return submits(card).stream()
        .filter(s -> s.get("data").get("value").asText().equals(value))
        .map(s -> s.get("title").asText())
        .findFirst()
        .orElseThrow();
  }

  static boolean isSummary(JsonNode card) {
    return card != null && card.toString().contains("FactSet");
  }

  static String askedId(JsonNode card) {
    return submits(card).get(0).get("data").get("askedId").asText();
  }

  static String valueOf(JsonNode card, Predicate<String> wanted) {
    return submits(card).stream()
        .map(s -> s.get("data").get("value").asText())
        .filter(wanted)
        .findFirst()
        .orElse(null);
  }

  static List<JsonNode> submits(JsonNode node) {
    List<JsonNode> found = new ArrayList<>();
    if (node.isObject() && "Action.Submit".equals(node.path("type").asText())) {
      found.add(node);
    }
    node.elements().forEachRemaining(child -> found.addAll(submits(child)));
    return found;
  }

  static List<String> texts(List<JsonNode> activities) {
    return activities.stream().filter(a -> a.has("text")).map(a -> a.get("text").asText()).toList();
  }
}
