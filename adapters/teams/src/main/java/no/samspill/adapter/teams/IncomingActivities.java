package no.samspill.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.util.Optional;
import java.util.regex.Pattern;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;

/** Reads who wrote what, and where, from a Teams activity. */
final class IncomingActivities {

  static final String CHANNEL = "teams";

  /** The Emulator and the Agents Playground send no tenant; their users share one workspace. */
  static final String NO_TENANT = "local";

  private static final Pattern MENTIONS = Pattern.compile("<at>.{0,200}?</at>");
  private static final Pattern TAGS = Pattern.compile("<[^>]{0,200}>");
  private static final Pattern THREAD_SUFFIX = Pattern.compile(";messageid=.*$");

  private IncomingActivities() {}

  /** Why a message was dropped; logged, never shown. */
  static final class Unusable extends Exception {
    Unusable(String message) {
      super(message);
    }
  }

  static boolean isPersonal(Activity activity) {
    String type =
        activity.getConversation() == null
            ? null
            : activity.getConversation().getConversationType();
    return type == null || "personal".equals(type);
  }

  static boolean isChannel(Activity activity) {
    return activity.getConversation() != null
        && "channel".equals(activity.getConversation().getConversationType());
  }

  static String tenantId(Activity activity) {
    String tenant =
        activity.getConversation() == null ? null : activity.getConversation().getTenantId();
    return tenant == null || tenant.isBlank() ? NO_TENANT : tenant;
  }

  static ChatIdentity identity(Activity activity) throws Unusable {
    ChannelAccount from = activity.getFrom();
    if (from == null) {
      throw new Unusable("no sender");
    }
    String user = from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
    if (user == null || user.isBlank()) {
      throw new Unusable("sender without id");
    }
    return new ChatIdentity(CHANNEL, tenantId(activity), user);
  }

  static ChatUser user(Activity activity, String email) throws Unusable {
    return new ChatUser(
        identity(activity),
        activity.getFrom().getName(),
        email,
        activity.getLocale(),
        activity.getLocalTimezone(),
        null);
  }

  /** The team channel a message was written in, without Teams' reply-thread suffix. */
  static Optional<ChannelAddress> place(Activity activity) {
    if (!isChannel(activity)) {
      return Optional.empty();
    }
    String conversationId =
        THREAD_SUFFIX.matcher(activity.getConversation().getId()).replaceAll("");
    String name = null;
    TeamsChannelData data = teamsData(activity);
    if (data != null && data.getChannel() != null) {
      name = data.getChannel().getName();
    }
    return Optional.of(new ChannelAddress(CHANNEL, tenantId(activity), conversationId, name));
  }

  static TeamsChannelData teamsData(Activity activity) {
    return activity.getChannelData() == null
        ? null
        : Serialization.getAs(activity.getChannelData(), TeamsChannelData.class);
  }

  /** Typed text, or a card submit whose data must carry the question id and a known shape. */
  static IncomingMessage message(Activity activity, String email) throws Unusable {
    ChatUser user = user(activity, email);
    ChannelAddress place = place(activity).orElse(null);
    if (activity.getValue() == null) {
      String text = typedText(activity);
      if (text.isEmpty()) {
        throw new Unusable("empty message");
      }
      return new IncomingMessage(user, text, null, place);
    }
    JsonNode value = Serialization.objectToTree(activity.getValue());
    String askedId = shortText(value, AdaptiveCards.ASKED_ID);
    String choice = shortText(value, AdaptiveCards.VALUE);
    if (askedId == null || choice == null) {
      throw new Unusable("card submit without a valid askedId and value");
    }
    String text = null;
    if (Action.SUBMIT_TEXT.equals(choice)) {
      JsonNode typed = value.get(AdaptiveCards.TEXT_INPUT);
      if (typed == null || !typed.isTextual()) {
        throw new Unusable("text submit without text");
      }
      text = typed.asText();
    }
    return new IncomingMessage(user, text, new Action(askedId, choice), place);
  }

  /** What a question's button said about itself: its label and (part of) its question. */
  record SubmittedCard(String label, String question) {}

  /** Shown back to the same leader only, and cut to size: the client could have changed them. */
  static SubmittedCard submittedCard(Activity activity) {
    JsonNode value = Serialization.objectToTree(activity.getValue());
    return new SubmittedCard(
        shown(value.path(AdaptiveCards.LABEL).asText(null)),
        shown(value.path(AdaptiveCards.QUESTION).asText(null)));
  }

  private static String shown(String text) {
    int max = AdaptiveCards.QUESTION_SHOWN + 1;
    return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
  }

  private static String shortText(JsonNode value, String field) {
    JsonNode node = value.get(field);
    if (node == null || !node.isTextual()) {
      return null;
    }
    String text = node.asText();
    return text.isBlank() || text.length() > Action.MAX_VALUE_LENGTH ? null : text;
  }

  /** The text without the @mention of the bot and without Teams' HTML tags. */
  private static String typedText(Activity activity) {
    String text =
        activity.getRecipient() == null
            ? activity.getText()
            : Activity.removeRecipientMentionImmutable(activity);
    if (text == null) {
      return "";
    }
    text = MENTIONS.matcher(text).replaceAll(" ");
    return TAGS.matcher(text).replaceAll(" ").replace("&nbsp;", " ").strip();
  }
}
