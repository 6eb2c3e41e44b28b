package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls Slack's Web API for outgoing messages: at most one message per {@code interval} per
 * channel, waiting out a 429 for its Retry-After and retrying network errors a few times.
 */
final class SlackSender {

  /** Waits; a test passes one that only records. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** One Web API call. */
  interface Call<T extends SlackApiTextResponse> {
    T call() throws IOException, SlackApiException;
  }

  private static final int MAX_TRACKED_CHANNELS = 10_000;

  private final Slack slack;
  private final SlackProperties properties;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<String, Instant> nextSlot = new ConcurrentHashMap<>();

  SlackSender(Slack slack, SlackProperties properties, Clock clock, Sleeper sleeper) {
    this.slack = slack;
    this.properties = properties;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Posts a message and its file, if any; returns the message's timestamp. */
  String post(String token, String channel, SlackMessage message) {
    String ts =
        call(
                channel,
                () ->
                    slack
                        .methods(token)
                        .chatPostMessage(
                            r -> r.channel(channel).text(message.text()).blocks(message.blocks())))
            .getTs();
    if (message.file() != null) {
      upload(token, channel, message.file().name(), message.file().content(), null, null);
    }
    return ts;
  }

  void update(String token, String channel, String ts, SlackMessage message) {
    call(
        channel,
        () ->
            slack
                .methods(token)
                .chatUpdate(
                    r -> r.channel(channel).ts(ts).text(message.text()).blocks(message.blocks())));
  }

  /** The id of the bot's direct-message conversation with the user. */
  String openDm(String token, String userId) {
    return call(userId, () -> slack.methods(token).conversationsOpen(r -> r.users(List.of(userId))))
        .getChannel()
        .getId();
  }

  /**
   * files.uploadV2: asks for an upload URL, sends the bytes, completes the upload in the channel.
   */
  void upload(
      String token, String channel, String fileName, byte[] content, String title, String alt) {
    call(
        channel,
        () ->
            slack
                .methods(token)
                .filesUploadV2(
                    FilesUploadV2Request.builder()
                        .channel(channel)
                        .filename(fileName)
                        .title(title == null ? fileName : title)
                        .altTxt(alt)
                        .fileData(content)
                        .build()));
  }

  <T extends SlackApiTextResponse> T call(String channel, Call<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        awaitSlot(channel);
        T response = call.call();
        if (response.isOk()) {
          return response;
        }
        if (!"ratelimited".equals(response.getError()) || attempt >= properties.maxAttempts()) {
          throw new SlackCallFailed(response.getError());
        }
        sleeper.sleep(Duration.ofSeconds(1));
      } catch (SlackFilesUploadV2Exception e) {
        throw new SlackCallFailed("upload failed");
      } catch (SlackApiException e) {
        if (e.getResponse().code() != 429 || attempt >= properties.maxAttempts()) {
          throw new SlackCallFailed("http " + e.getResponse().code());
        }
        pause(retryAfter(e.getResponse().header("Retry-After")));
      } catch (IOException e) {
        if (attempt >= properties.maxAttempts()) {
          throw new SlackCallFailed("network: " + e.getMessage());
        }
        pause(Duration.ofSeconds(attempt));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SlackCallFailed("interrupted");
      }
    }
  }

  private void pause(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlackCallFailed("interrupted");
    }
  }

  Duration retryAfter(String header) {
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(header == null ? "1" : header.strip()));
    } catch (NumberFormatException e) {
      wait = Duration.ofSeconds(1);
    }
    return wait.compareTo(properties.maxRetryWait()) > 0 ? properties.maxRetryWait() : wait;
  }

  /** Reserves the channel's next free slot and waits for it. */
  private void awaitSlot(String channel) throws InterruptedException {
    if (properties.messageInterval().isZero()) {
      return;
    }
    Instant now = clock.instant();
    if (nextSlot.size() > MAX_TRACKED_CHANNELS) {
      nextSlot.values().removeIf(slot -> slot.isBefore(now));
    }
    Instant[] mine = new Instant[1];
    nextSlot.compute(
        channel,
        (key, next) -> {
          mine[0] = next == null || next.isBefore(now) ? now : next;
          return mine[0].plus(properties.messageInterval());
        });
    Duration wait = Duration.between(now, mine[0]);
    if (!wait.isZero() && !wait.isNegative()) {
      sleeper.sleep(wait);
    }
  }
}
