package no.samspill.testing.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Activities shaped like the ones Teams sends (seven-digit fractions in timestamps, tenant in
 * channel data and conversation, AAD object id on the sender). Start with {@link #personal} or
 * {@link #inChannel}, then pick what the user did.
 */
public final class TeamsPayloads {

  public static final String TENANT = "9f0c2a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f";
  public static final String BOT_ID = "28:" + FakeBotFramework.APP_ID;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode activity = JSON.createObjectNode();

  private TeamsPayloads(String serviceUrl, String conversationType, String conversationId) {
    activity.put("type", "message");
    activity.put("id", "1732852423123");
    activity.put("timestamp", "2026-11-29T03:53:43.1234567Z");
    activity.put("localTimestamp", "2026-11-29T04:53:43.1234567+01:00");
    activity.put("channelId", "msteams");
    activity.put("serviceUrl", serviceUrl);
    activity.put("locale", "nb-NO");
    activity.put("localTimezone", "Europe/Oslo");
    activity.putObject("recipient").put("id", BOT_ID).put("name", "Samspill");
    ObjectNode conversation = activity.putObject("conversation");
    conversation.put("conversationType", conversationType);
    conversation.put("tenantId", TENANT);
    conversation.put("id", conversationId);
    activity.putObject("channelData").putObject("tenant").put("id", TENANT);
    from("aad-kari", "Kari Nordmann");
  }

  /** Something in the personal chat between the bot and a user. */
  public static TeamsPayloads personal(String serviceUrl) {
    return new TeamsPayloads(serviceUrl, "personal", "a:1personal-kari");
  }

  /** Something in a team channel; Teams adds the reply thread to the conversation id. */
  public static TeamsPayloads inChannel(String serviceUrl, String teamId, String channelId) {
    TeamsPayloads payload =
        new TeamsPayloads(serviceUrl, "channel", channelId + ";messageid=1732852423123");
    ObjectNode data = (ObjectNode) payload.activity.get("channelData");
    data.putObject("team").put("id", teamId).put("name", "Ledergruppa");
    data.putObject("channel").put("id", channelId).put("name", "Refleksjon");
    data.put("teamsTeamId", teamId).put("teamsChannelId", channelId);
    return payload;
  }

  public TeamsPayloads from(String aadObjectId, String name) {
    activity
        .putObject("from")
        .put("id", "29:1" + aadObjectId)
        .put("name", name)
        .put("aadObjectId", aadObjectId);
    ((ObjectNode) activity.get("conversation")).put("id", conversationIdFor(aadObjectId));
    return this;
  }

  /** The message the user acted on, as Teams names it on a card's submit. */
  public TeamsPayloads replyTo(String activityId) {
    return set("replyToId", activityId);
  }

  public TeamsPayloads locale(String locale) {
    return set("locale", locale);
  }

  public TeamsPayloads timestamp(String timestamp) {
    return set("timestamp", timestamp);
  }

  public TeamsPayloads type(String type) {
    return set("type", type);
  }

  private TeamsPayloads set(String field, String value) {
    activity.put(field, value);
    return this;
  }

  public String text(String text) {
    activity.put("text", text);
    activity.put("textFormat", "plain");
    return json();
  }

  /** A click on an Action.Submit button whose data was {@code {askedId, value}}. */
  public String submit(String askedId, String value) {
    activity.putObject("value").put("askedId", askedId).put("value", value);
    return json();
  }

  /** The submit of a free-text card: the input's value rides along with the button's data. */
  public String submitText(String askedId, String text) {
    activity
        .putObject("value")
        .put("askedId", askedId)
        .put("value", "text")
        .put("answerText", text);
    return json();
  }

  /** A submit whose data someone made up. */
  public String submitRaw(String valueJson) {
    try {
      activity.set("value", JSON.readTree(valueJson));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
    return json();
  }

  /** The bot was added: to the personal scope, or to a team when built with inChannel. */
  public String botAdded() {
    activity.put("type", "conversationUpdate");
    activity.remove("text");
    activity.putArray("membersAdded").addObject().put("id", BOT_ID);
    if (activity.get("channelData").has("team")) {
      ((ObjectNode) activity.get("channelData")).put("eventType", "teamMemberAdded");
      ((ObjectNode) activity.get("conversation"))
          .put("id", activity.get("channelData").get("team").get("id").asText());
    }
    return json();
  }

  /** The user removed the app from their personal scope. */
  public String appRemoved() {
    activity.put("type", "installationUpdate");
    activity.put("action", "remove");
    return json();
  }

  public String json() {
    return activity.toString();
  }

  private String conversationIdFor(String aadObjectId) {
    String type = activity.get("conversation").get("conversationType").asText();
    return "personal".equals(type)
        ? "a:1personal-" + aadObjectId
        : activity.get("conversation").get("id").asText();
  }
}
