package no.samspill.app.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import no.samspill.testing.teams.FakeBotFramework;
import no.samspill.testing.teams.TeamsPayloads;

/**
 * What the benchmark's clients send: client {@code i} is one leader, who alternates a typed "hjelp"
 * with a click on the last question Samspill sent them (or, with none open, starts a reflection). A
 * bare app sends no questions, so its clients click a made-up button instead; the requests have the
 * same shape and the same signatures either way.
 */
final class Clients {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private Clients() {}

  static String teamsUser(int client) {
    return "aad-bench-" + client;
  }

  static String slackUser(int client) {
    return "UBENCH" + client;
  }

  /** Request {@code step} of one client. */
  interface Traffic {
    HttpRequest request(int client, int step);
  }

  /** Activities to /api/messages with a Connector-signed token, as Teams sends them. */
  static Traffic teams(String endpoint, FakeBotConnector connector, boolean bare) {
    String authorization = "Bearer " + connector.token(FakeBotFramework.APP_ID);
    return (client, step) -> {
      TeamsPayloads leader =
          TeamsPayloads.personal(connector.baseUrl()).from(teamsUser(client), "Leder " + client);
      String body;
      if (step % 2 == 0) {
        body = leader.text("hjelp");
      } else {
        String card = connector.takeCard("a:1personal-" + teamsUser(client));
        ObjectNode submit = card == null ? null : firstSubmit(read(card), step);
        if (submit != null) {
          body = leader.replyTo("1:card").submitRaw(submit.toString());
        } else {
          body = bare ? leader.submit("0", "a:1") : leader.text("refleksjon");
        }
      }
      return HttpRequest.newBuilder(URI.create(endpoint))
          .header("Content-Type", "application/json")
          .header("Authorization", authorization)
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    };
  }

  /** Events and interactions to /slack/events, signed with the app's signing secret. */
  static Traffic slack(String endpoint, FakeSlackApi slack, boolean bare) {
    SlackSignature.Generator signer = new SlackSignature.Generator(SamspillUnderLoad.SLACK_SECRET);
    return (client, step) -> {
      String user = slackUser(client);
      String body;
      String type = "application/json";
      if (step % 2 == 0) {
        body = directMessage(user, "hjelp");
      } else {
        String blocks = slack.takeButtons("D" + user);
        JsonNode button = blocks == null ? null : firstButton(read(blocks));
        if (button != null || bare) {
          body = click(user, button);
          type = "application/x-www-form-urlencoded";
        } else {
          body = directMessage(user, "refleksjon");
        }
      }
      String timestamp = String.valueOf(Instant.now().getEpochSecond());
      return HttpRequest.newBuilder(URI.create(endpoint))
          .header("Content-Type", type)
          .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
          .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signer.generate(timestamp, body))
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    };
  }

  /** The first button of a question card, with a typed answer if it sends the card's input. */
  private static ObjectNode firstSubmit(JsonNode node, int step) {
    if (node.isObject() && "Action.Submit".equals(node.path("type").asText())) {
      ObjectNode data = (ObjectNode) node.get("data").deepCopy();
      if ("text".equals(data.path("value").asText())) {
        data.put("answerText", "Rolle, ikke navn: gruppeleder " + step);
      }
      return data;
    }
    for (JsonNode child : node) {
      ObjectNode found = firstSubmit(child, step);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static JsonNode firstButton(JsonNode node) {
    if (node.isObject()
        && "button".equals(node.path("type").asText())
        && node.path("action_id").asText().startsWith("samspill.act.")) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = firstButton(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String directMessage(String user, String text) {
    long n = SEQUENCE.incrementAndGet();
    ObjectNode body = JSON.createObjectNode();
    body.put("token", "x").put("team_id", FakeSlackApi.TEAM).put("api_app_id", "A1");
    body.put("type", "event_callback").put("event_id", "EvBENCH" + n).put("event_time", n);
    ObjectNode event = body.putObject("event");
    event.put("type", "message").put("channel_type", "im").put("channel", "D" + user);
    event.put("user", user).put("text", text).put("ts", "1700000001." + n);
    return body.toString();
  }

  /** A block_actions click on {@code button}, or on a made-up one if null. */
  private static String click(String user, JsonNode button) {
    long n = SEQUENCE.incrementAndGet();
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "block_actions").put("api_app_id", "A1").put("trigger_id", "t" + n);
    body.putObject("team").put("id", FakeSlackApi.TEAM).put("domain", "bench");
    body.putObject("user").put("id", user).put("team_id", FakeSlackApi.TEAM);
    body.putObject("container")
        .put("type", "message")
        .put("message_ts", "1700000000.000100")
        .put("channel_id", "D" + user)
        .put("is_ephemeral", false);
    body.putObject("channel").put("id", "D" + user);
    body.putObject("message").put("type", "message").put("ts", "1700000000.000100");
    ObjectNode action = body.putArray("actions").addObject();
    action.put("action_id", button == null ? "samspill.act.0" : button.get("action_id").asText());
    action.put("block_id", "answers").put("type", "button").put("action_ts", "1700000002." + n);
    action.put("value", button == null ? "0|a:1" : button.get("value").asText());
    action.putObject("text").put("type", "plain_text").put("text", "Svar");
    return "payload=" + URLEncoder.encode(body.toString(), StandardCharsets.UTF_8);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
