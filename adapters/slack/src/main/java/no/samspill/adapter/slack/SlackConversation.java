package no.samspill.adapter.slack;

import java.util.List;
import java.util.concurrent.Executor;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.Reply;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.Turn;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands what a Slack user did to the engine, off the request thread so Slack gets its ack within
 * three seconds, and renders the engine's replies for Slack.
 */
final class SlackConversation {

  private static final Logger log = LoggerFactory.getLogger(SlackConversation.class);

  /** Who did it, in which workspace, with which bot token. */
  record From(String token, String teamId, String userId, String workspaceName) {}

  /** The engine's turn and its replies as Slack messages, in the leader's language. */
  record Rendered(List<SlackMessage> messages, Turn turn) {

    List<Reply> replies() {
      return turn.replies();
    }

    Language language() {
      return turn.language();
    }

    /** The click or answer was taken, so the question it answered may show it as answered. */
    boolean taken() {
      return turn.outcome().taken();
    }
  }

  private final HandleMessage engine;
  private final SlackUsers users;
  private final Executor work;
  private final SlackEventLog delivered;

  SlackConversation(
      HandleMessage engine, SlackUsers users, Executor work, SlackEventLog delivered) {
    this.engine = engine;
    this.users = users;
    this.work = work;
    this.delivered = delivered;
  }

  Rendered handle(From from, String text, Action action, ChannelAddress place) {
    try {
      ChatUser user = users.user(from.token(), from.teamId(), from.userId(), from.workspaceName());
      return rendered(engine.handle(new IncomingMessage(user, text, action, place)));
    } catch (StorageUnavailableException e) {
      // Before the engine knows who wrote: the leader's language is unknown.
      List<Reply> replies = List.of(new TextReply(e.explanation(Language.DEFAULT)));
      return rendered(new Turn(replies, Language.DEFAULT, Turn.Outcome.UNAVAILABLE));
    }
  }

  private static Rendered rendered(Turn turn) {
    return new Rendered(BlockKit.render(turn.replies(), turn.language()), turn);
  }

  /**
   * {@link #later} for work done once per delivery: a retry or replay of the same {@code key} (see
   * {@link SlackEventLog}) does nothing. Checked after the ack, so a database that hangs does not
   * cost Slack's three seconds.
   */
  void once(String what, String key, Runnable task) {
    later(
        what,
        () -> {
          if (delivered.firstDelivery(key)) {
            task.run();
          }
        });
  }

  /** Runs slow work after the ack; a failure is logged, never shown to Slack as an error. */
  void later(String what, Runnable task) {
    work.execute(
        () -> {
          try {
            task.run();
          } catch (SlackCallFailed e) {
            log.warn("Slack {}: {}", what, e.getMessage());
          } catch (RuntimeException e) {
            log.error("Slack {} failed", what, e);
          }
        });
  }
}
