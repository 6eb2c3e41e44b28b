package no.samspill.adapter.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Reads an activity with the SDK's own Jackson 2 mapping, mending what that mapping gets wrong. */
final class ActivityReader {

  /** The exact shape the SDK's {@code @JsonFormat} on {@code timestamp} can read: nine digits. */
  private static final DateTimeFormatter SDK_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX");

  private ActivityReader() {}

  static final class UnreadableActivityException extends Exception {
    UnreadableActivityException(String message) {
      super(message);
    }
  }

  static Activity read(String body) throws UnreadableActivityException {
    JsonNode tree;
    try {
      tree = Serialization.jsonToTree(body);
    } catch (IOException e) {
      throw new UnreadableActivityException("not JSON");
    }
    if (!(tree instanceof ObjectNode activity)) {
      throw new UnreadableActivityException("not a JSON object");
    }
    normaliseTimestamp(activity);
    try {
      Activity parsed = Serialization.safeGetAs(activity, Activity.class);
      if (parsed == null || parsed.getType() == null) {
        throw new UnreadableActivityException("no activity type");
      }
      // Every channel sends both; without them no answer can be routed back.
      if (isBlank(parsed.getServiceUrl())
          || parsed.getConversation() == null
          || isBlank(parsed.getConversation().getId())) {
        throw new UnreadableActivityException("no serviceUrl or conversation");
      }
      refuseIllFormed(parsed);
      return parsed;
    } catch (JsonProcessingException e) {
      throw new UnreadableActivityException("not an activity: " + e.getOriginalMessage());
    }
  }

  /** What the SDK would fail on later, with a 500 or 502 instead of the sender's 400. */
  private static void refuseIllFormed(Activity activity) throws UnreadableActivityException {
    if (!isHttpUrl(activity.getServiceUrl())) {
      throw new UnreadableActivityException("serviceUrl is not an http(s) URL");
    }
    // The SDK sets the turn's locale with exactly this call, which throws on an ill-formed tag.
    if (activity.getLocale() != null) {
      try {
        new Locale.Builder().setLanguageTag(activity.getLocale());
      } catch (IllformedLocaleException e) {
        throw new UnreadableActivityException("locale is not a BCP 47 language tag");
      }
    }
    // The id goes into the Connector's URL paths; Teams' own ids are printable ASCII.
    if (!activity.getConversation().getId().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new UnreadableActivityException("conversation id is not printable ASCII");
    }
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * The SDK reads {@code timestamp} with the pattern {@code ss.n}: it fails without a fraction and
   * reads Teams' seven digits as nanoseconds. Rewrite any ISO-8601 time as nine digits in UTC.
   */
  private static void normaliseTimestamp(ObjectNode activity) throws UnreadableActivityException {
    JsonNode timestamp = activity.get("timestamp");
    if (timestamp == null || timestamp.isNull()) {
      return;
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(timestamp.asText());
      activity.put("timestamp", SDK_TIMESTAMP.format(parsed.withOffsetSameInstant(ZoneOffset.UTC)));
    } catch (DateTimeParseException e) {
      throw new UnreadableActivityException("timestamp is not ISO-8601");
    }
  }
}
