package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import no.samspill.core.delivery.Pacer;

/**
 * Calls Slack's Web API through the pacer, by Slack's published limits: chat.postMessage about one
 * message per second per channel plus a workspace-wide budget, Tier 3 methods (conversations.open,
 * chat.update, conversations.history, files) 50 per minute per workspace. A 429 waits its
 * Retry-After in the pacer, not in a thread; network errors are retried the same way.
 */
final class SlackSender {

  /** One Web API call. */
  interface Call<T extends SlackApiTextResponse> {
    T call() throws IOException, SlackApiException;
  }

  /** Marks our messages so that a retry after a crash can see what already arrived. */
  static final String NUDGE_EVENT = "samspill_nudge";

  private static final Pacer.Limit TIER_3 = new Pacer.Limit(Duration.ofMillis(1200), 10);

  private final Slack slack;
  private final SlackProperties properties;
  private final Pacer pacer;

  SlackSender(Slack slack, SlackProperties properties, Pacer pacer) {
    this.slack = slack;
    this.properties = properties;
    this.pacer = pacer;
  }

  /** Posts a message and its file, if any; returns the message's timestamp. */
  String post(String token, String channel, SlackMessage message) {
    String ts = await(postAsync(token, channel, message, null));
    if (message.file() != null) {
      upload(token, channel, message.file().name(), message.file().content(), null, null);
    }
    return ts;
  }

  /** Posts when the channel's and workspace's limits allow; {@code metadata} may be null. */
  CompletableFuture<String> postAsync(
      String token, String channel, SlackMessage message, Message.Metadata metadata) {
    return postAtTurn(token, channel, () -> AtTurn.post(message), metadata)
        .thenApply(ts -> ts.orElseThrow());
  }

  void update(String token, String channel, String ts, SlackMessage message) {
    await(
        submit(
            tier3(token, "chat.update"),
            () ->
                slack
                    .methods(token)
                    .chatUpdate(
                        r ->
                            r.channel(channel)
                                .ts(ts)
                                .text(message.text())
                                .blocks(message.blocks()))));
  }

  /** The id of the bot's direct-message conversation with the user. */
  String openDm(String token, String userId) {
    return await(openDmAsync(token, userId));
  }

  CompletableFuture<String> openDmAsync(String token, String userId) {
    return submit(
            tier3(token, "conversations.open"),
            () -> slack.methods(token).conversationsOpen(r -> r.users(List.of(userId))))
        .thenApply(response -> response.getChannel().getId());
  }

  /** Publishes an App Home view (Tier 4 in Slack's table; the Tier 3 pace is ample). */
  void publishHome(String token, String userId, com.slack.api.model.view.View view) {
    await(
        submit(
            tier3(token, "views.publish"),
            () -> slack.methods(token).viewsPublish(r -> r.userId(userId).view(view))));
  }

  /**
   * Which parts of the nudge {@code key} our app already posted in the channel since {@code since}
   * (read back from the messages' metadata).
   */
  Set<Integer> partsAlreadyPosted(String token, String channel, String key, Instant since) {
    String oldest = (since.getEpochSecond() - 5) + ".000000";
    // Called inside the post's own paced turn, on the rare path after a crash: not paced again.
    ConversationsHistoryResponse history =
        checked(
            () ->
                slack
                    .methods(token)
                    .conversationsHistory(
                        r ->
                            r.channel(channel).oldest(oldest).limit(100).includeAllMetadata(true)));
    Set<Integer> parts = new HashSet<>();
    for (Message message :
        history.getMessages() == null ? List.<Message>of() : history.getMessages()) {
      Message.Metadata metadata = message.getMetadata();
      if (metadata != null
          && NUDGE_EVENT.equals(metadata.getEventType())
          && metadata.getEventPayload() != null
          && key.equals(metadata.getEventPayload().get("key"))) {
        Object part = metadata.getEventPayload().get("part");
        parts.add(part instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(part)));
      }
    }
    return parts;
  }

  static Message.Metadata nudgeMetadata(String key, int part) {
    return Message.Metadata.builder()
        .eventType(NUDGE_EVENT)
        .eventPayload(Map.of("key", key, "part", part))
        .build();
  }

  /**
   * files.uploadV2: asks for an upload URL, sends the bytes, completes the upload in the channel.
   */
  void upload(
      String token, String channel, String fileName, byte[] content, String title, String alt) {
    await(uploadAsync(token, channel, fileName, content, title, alt));
  }

  CompletableFuture<?> uploadAsync(
      String token, String channel, String fileName, byte[] content, String title, String alt) {
    return submit(
        tier3(token, "files.upload"),
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

  /** How long one paced call may take, its retries included. */
  Duration longestCall() {
    return properties
        .maxRetryWait()
        .plus(properties.callTimeout())
        .multipliedBy(properties.maxAttempts());
  }

  <T extends SlackApiTextResponse> CompletableFuture<T> submit(
      List<Pacer.Lane> lanes, Call<T> call) {
    return pacer.submit(lanes, () -> checked(call));
  }

  /** What to do when a message's turn has come: post it, skip it (it arrived before), or stop. */
  record AtTurn(boolean go, SlackMessage message) {
    static AtTurn post(SlackMessage message) {
      return new AtTurn(true, message);
    }

    static AtTurn skip() {
      return new AtTurn(true, null);
    }

    static AtTurn stop() {
      return new AtTurn(false, null);
    }
  }

  /**
   * Posts the message that {@code atTurn} makes when the channel's turn has come (made once, even
   * if Slack throttles the post). Empty if it said stop; the timestamp, or "" if it said skip.
   */
  CompletableFuture<Optional<String>> postAtTurn(
      String token, String channel, Supplier<AtTurn> atTurn, Message.Metadata metadata) {
    AtomicReference<AtTurn> made = new AtomicReference<>();
    return pacer.submit(
        posting(token, channel),
        () -> {
          if (made.get() == null) {
            made.set(atTurn.get());
          }
          if (!made.get().go()) {
            return Optional.<String>empty();
          }
          if (made.get().message() == null) {
            return Optional.of("");
          }
          SlackMessage message = made.get().message();
          return Optional.of(
              checked(
                      () ->
                          slack
                              .methods(token)
                              .chatPostMessage(
                                  r ->
                                      r.channel(channel)
                                          .text(message.text())
                                          .blocks(message.blocks())
                                          .metadata(metadata)))
                  .getTs());
        });
  }

  /** One call, its outcome in the pacer's terms: a value, Throttled, or SlackCallFailed. */
  private <T extends SlackApiTextResponse> T checked(Call<T> call) {
    try {
      T response = call.call();
      if (response.isOk()) {
        return response;
      }
      if ("ratelimited".equals(response.getError())) {
        throw new Pacer.Throttled(Duration.ofSeconds(1));
      }
      throw new SlackCallFailed(response.getError());
    } catch (SlackFilesUploadV2Exception e) {
      throw new SlackCallFailed("upload failed");
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        throw new Pacer.Throttled(retryAfter(e.getResponse().header("Retry-After")));
      }
      throw new SlackCallFailed("http " + e.getResponse().code());
    } catch (IOException e) {
      // A network error is tried again like a throttle: its lanes wait a second.
      throw new Pacer.Throttled(Duration.ofSeconds(1));
    }
  }

  /** Waits for a paced call, bounded, and reports every failure as a SlackCallFailed. */
  <T> T await(CompletableFuture<T> call) {
    try {
      return call.get(longestCall().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    } catch (TimeoutException e) {
      throw new SlackCallFailed("timed out");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SlackCallFailed("interrupted");
    }
  }

  static SlackCallFailed failure(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof SlackCallFailed failed) {
      return failed;
    }
    if (cause instanceof Pacer.Throttled) {
      return new SlackCallFailed("ratelimited");
    }
    if (cause instanceof Pacer.Full) {
      return new SlackCallFailed("busy");
    }
    return new SlackCallFailed(cause.getClass().getSimpleName());
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

  /** chat.postMessage: the channel's pace and the workspace's budget, shared by the instances. */
  private List<Pacer.Lane> posting(String token, String channel) {
    return List.of(
        new Pacer.Lane(
            "slack/" + workspace(token) + "/" + channel,
            new Pacer.Limit(properties.messageInterval(), 1)),
        Pacer.Lane.shared(
            "slack/" + workspace(token) + "/chat.postMessage",
            Pacer.Limit.perSecond(properties.workspaceRate(), properties.workspaceBurst())));
  }

  private static List<Pacer.Lane> tier3(String token, String method) {
    return List.of(Pacer.Lane.shared("slack/" + workspace(token) + "/" + method, TIER_3));
  }

  /** One bot token per workspace; a hash, so no token is kept in a map key. */
  private static String workspace(String token) {
    return Integer.toHexString(token.hashCode());
  }
}
