package no.samspill.app.slack;

import static no.samspill.app.slack.SlackFixture.TEAM;
import static no.samspill.app.slack.SlackFixture.encode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Request bodies shaped like the ones Slack sends. */
final class SlackPayloads {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private SlackPayloads() {}

  static String command(
      String userId, String channelId, String channelName, String text, String responseUrl) {
    return "token=x&team_id="
        + TEAM
        + "&team_domain=samspill&channel_id="
        + channelId
        + "&channel_name="
        + channelName
        + "&user_id="
        + userId
        + "&user_name=leader&command="
        + encode("/samspill")
        + "&text="
        + encode(text)
        + "&response_url="
        + encode(responseUrl)
        + "&trigger_id=1.2.3";
  }

  static String directMessage(String eventId, String userId, String text) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "message");
    event.put("channel_type", "im");
    event.put("channel", "D" + userId);
    event.put("user", userId);
    event.put("text", text);
    event.put("ts", "1700000001.000200");
    return callback(eventId, event);
  }

  static String homeOpened(String eventId, String userId) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", "app_home_opened");
    event.put("user", userId);
    event.put("channel", "D" + userId);
    event.put("tab", "home");
    return callback(eventId, event);
  }

  static String callback(String eventId, Map<String, Object> event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token", "x");
    body.put("team_id", TEAM);
    body.put("api_app_id", "A1");
    body.put("type", "event_callback");
    body.put("event_id", eventId);
    body.put("event_time", 1700000001);
    body.put("event", event);
    return JSON.writeValueAsString(body);
  }

  /** A click on a button of a message the bot posted (its blocks as chat.postMessage sent them). */
  static String click(
      String userId, String blocksJson, JsonNode button, String responseUrl, boolean ephemeral) {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("action_id", button.get("action_id").asString());
    action.put("block_id", "answers");
    action.put("type", "button");
    action.put("value", button.get("value").asString());
    action.put(
        "text", Map.of("type", "plain_text", "text", button.get("text").get("text").asString()));
    action.put("action_ts", "1700000002.1");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "block_actions");
    body.put("team", Map.of("id", TEAM, "domain", "samspill"));
    body.put("user", Map.of("id", userId, "team_id", TEAM));
    body.put("api_app_id", "A1");
    body.put("trigger_id", "trigger-1");
    body.put(
        "container",
        Map.of(
            "type",
            "message",
            "message_ts",
            "1700000000.000100",
            "channel_id",
            "D" + userId,
            "is_ephemeral",
            ephemeral));
    body.put("channel", Map.of("id", "D" + userId));
    body.put(
        "message",
        Map.of("type", "message", "ts", "1700000000.000100", "blocks", JSON.readTree(blocksJson)));
    body.put("response_url", responseUrl);
    body.put("actions", List.of(action));
    return "payload=" + encode(JSON.writeValueAsString(body));
  }

  static String submit(String userId, String privateMetadata, String text) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", "V1");
    view.put("type", "modal");
    view.put("callback_id", "samspill.answer");
    view.put("private_metadata", privateMetadata);
    view.put(
        "state",
        Map.of(
            "values",
            Map.of("answer", Map.of("text", Map.of("type", "plain_text_input", "value", text)))));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "view_submission");
    body.put("team", Map.of("id", TEAM, "domain", "samspill"));
    body.put("user", Map.of("id", userId, "team_id", TEAM));
    body.put("api_app_id", "A1");
    body.put("view", view);
    return "payload=" + encode(JSON.writeValueAsString(body));
  }

  /** The buttons of a posted message, answers first. */
  static List<JsonNode> buttons(String blocksJson) {
    List<JsonNode> buttons = new java.util.ArrayList<>();
    for (JsonNode block : JSON.readTree(blocksJson)) {
      if ("actions".equals(block.get("type").asString())) {
        block.get("elements").forEach(buttons::add);
      }
    }
    return buttons;
  }
}
