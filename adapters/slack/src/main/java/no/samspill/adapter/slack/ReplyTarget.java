package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the replies to one thing a leader did go: a conversation the bot can post in (and the
 * clicked message there), or a response_url for ephemeral messages. Files always go to the DM.
 */
final class ReplyTarget {

  private static final Logger log = LoggerFactory.getLogger(ReplyTarget.class);

  private final SlackSender sender;
  private final Slack slack;
  private final String token;
  private final String userId;
  private String channel;
  private final String messageTs;
  private final String responseUrl;

  private ReplyTarget(
      SlackSender sender,
      Slack slack,
      String token,
      String userId,
      String channel,
      String messageTs,
      String responseUrl) {
    this.sender = sender;
    this.slack = slack;
    this.token = token;
    this.userId = userId;
    this.channel = channel;
    this.messageTs = messageTs;
    this.responseUrl = responseUrl;
  }

  static ReplyTarget conversation(
      SlackSender sender, String token, String userId, String channel, String messageTs) {
    return new ReplyTarget(sender, null, token, userId, channel, messageTs, null);
  }

  static ReplyTarget dm(SlackSender sender, String token, String userId) {
    return conversation(sender, token, userId, null, null);
  }

  static ReplyTarget ephemeral(
      SlackSender sender, Slack slack, String token, String userId, String url) {
    return new ReplyTarget(sender, slack, token, userId, null, null, url);
  }

  /**
   * Posts the replies in order. In a conversation they queue in the pacer and this returns at once,
   * so a chatty channel never holds a worker that another leader's reply needs.
   */
  void post(List<SlackMessage> messages) {
    if (responseUrl == null) {
      String to = channel();
      CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
      for (SlackMessage message : messages) {
        chain =
            chain
                .thenCompose(none -> sender.postAsync(token, to, message, null))
                .thenCompose(
                    ts ->
                        message.file() == null
                            ? CompletableFuture.completedFuture(null)
                            : sender.uploadAsync(
                                token,
                                to,
                                message.file().name(),
                                message.file().content(),
                                null,
                                null));
      }
      chain.whenComplete(
          (none, error) -> {
            if (error != null) {
              log.warn("Slack reply not delivered: {}", SlackSender.failure(error).getMessage());
            }
          });
      return;
    }
    for (SlackMessage message : messages) {
      respond(message, false);
      if (message.file() != null) {
        sender.upload(
            token,
            sender.openDm(token, userId),
            message.file().name(),
            message.file().content(),
            null,
            null);
      }
    }
  }

  /** Replaces the message the leader clicked in. */
  void replace(SlackMessage message) {
    if (responseUrl != null) {
      respond(message, true);
    } else if (messageTs != null) {
      sender.update(token, channel(), messageTs, message);
    }
  }

  private String channel() {
    if (channel == null) {
      channel = sender.openDm(token, userId);
    }
    return channel;
  }

  private void respond(SlackMessage message, boolean replace) {
    ActionResponse response =
        ActionResponse.builder()
            .responseType("ephemeral")
            .replaceOriginal(replace)
            .text(message.text())
            .blocks(message.blocks())
            .build();
    try {
      int code = new ActionResponseSender(slack).send(responseUrl, response).getCode();
      if (code != 200) {
        throw new SlackCallFailed("response_url http " + code);
      }
    } catch (IOException e) {
      throw new SlackCallFailed("response_url: " + e.getMessage());
    }
  }
}
