package no.samspill.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.List;
import java.util.Optional;
import no.samspill.core.conversation.Action;

/**
 * Small builders for Adaptive Card JSON as Jackson 2 nodes: the SDK's validator reflects into Maps
 * and Lists and fails on Java 17, but leaves JsonNode alone.
 */
final class AdaptiveCards {

  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  /** Keys of a submit's {@code data}, which Teams hands back as the activity's {@code value}. */
  static final String ASKED_ID = "askedId";

  static final String VALUE = "value";
  static final String TEXT_INPUT = "answerText";

  /** The button's label and its question, handed back so the answered card can show both. */
  static final String LABEL = "label";

  static final String QUESTION = "question";

  /** Enough of a question to recognise it on the answered card; the data rides on every button. */
  static final int QUESTION_SHOWN = 300;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private AdaptiveCards() {}

  static ObjectNode card(ArrayNode body) {
    ObjectNode card = JSON.objectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("version", "1.5");
    card.set("body", body);
    return card;
  }

  static ArrayNode body() {
    return JSON.arrayNode();
  }

  static ObjectNode text(String text, String... style) {
    ObjectNode block = JSON.objectNode();
    block.put("type", "TextBlock");
    block.put("text", text);
    block.put("wrap", true);
    for (String s : style) {
      switch (s) {
        case "heading" -> block.put("weight", "Bolder").put("size", "Medium");
        case "subtle" -> block.put("isSubtle", true).put("size", "Small");
        case "mono" -> block.put("fontType", "Monospace").put("size", "Small");
        default -> throw new IllegalArgumentException(s);
      }
    }
    return block;
  }

  static ObjectNode submit(String title, Action action) {
    ObjectNode submit = JSON.objectNode();
    submit.put("type", "Action.Submit");
    submit.put("title", title);
    ObjectNode data = submit.putObject("data");
    data.put(ASKED_ID, action.askedId());
    data.put(VALUE, action.value());
    return submit;
  }

  /** A question's button: its data also carries the label and the question for the update. */
  static ObjectNode submit(String title, Action action, String question) {
    ObjectNode submit = submit(title, action);
    ObjectNode data = (ObjectNode) submit.get("data");
    data.put(LABEL, title);
    data.put(
        QUESTION,
        question.length() > QUESTION_SHOWN
            ? question.substring(0, QUESTION_SHOWN) + "…"
            : question);
    return submit;
  }

  static ObjectNode actionSet(List<ObjectNode> actions) {
    ObjectNode set = JSON.objectNode();
    set.put("type", "ActionSet");
    set.putArray("actions").addAll(actions);
    return set;
  }

  static ObjectNode textInput(String placeholder, int maxLength) {
    ObjectNode input = JSON.objectNode();
    input.put("type", "Input.Text");
    input.put("id", TEXT_INPUT);
    input.put("isMultiline", true);
    input.put("placeholder", placeholder);
    if (maxLength > 0) {
      input.put("maxLength", maxLength);
    }
    return input;
  }

  static ObjectNode facts(List<String[]> labelValues) {
    ObjectNode set = JSON.objectNode();
    set.put("type", "FactSet");
    ArrayNode facts = set.putArray("facts");
    for (String[] lv : labelValues) {
      facts.addObject().put("title", lv[0]).put("value", lv[1]);
    }
    return set;
  }

  static ObjectNode image(String url, String altText) {
    ObjectNode image = JSON.objectNode();
    image.put("type", "Image");
    image.put("url", url);
    image.put("altText", altText == null ? "" : altText);
    image.put("size", "Stretch");
    return image;
  }

  /** The asked id and question a card's buttons carry: empty for a card that asks nothing. */
  static Optional<String[]> askedBy(Activity activity) {
    if (activity.getAttachments() == null) {
      return Optional.empty();
    }
    for (Attachment attachment : activity.getAttachments()) {
      if (CONTENT_TYPE.equals(attachment.getContentType())
          && attachment.getContent() instanceof JsonNode card) {
        JsonNode data = card.findValue("data");
        if (data != null && data.hasNonNull(ASKED_ID)) {
          return Optional.of(
              new String[] {data.get(ASKED_ID).asText(), data.path(QUESTION).asText(null)});
        }
      }
    }
    return Optional.empty();
  }

  static Activity message(ObjectNode card) {
    Attachment attachment = new Attachment();
    attachment.setContentType(CONTENT_TYPE);
    attachment.setContent(card);
    Activity activity = Activity.createMessageActivity();
    activity.setAttachments(List.of(attachment));
    return activity;
  }
}
