package no.samspill.adapter.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import no.samspill.core.LogText;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.Turn;
import no.samspill.core.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One turn of the Teams conversation: messages go to the engine, its replies come back as cards;
 * installs get a welcome and are remembered.
 */
class TeamsBot implements Bot {

  private static final Logger log = LoggerFactory.getLogger(TeamsBot.class);

  private final HandleMessage handleMessage;
  private final TeamsConversations conversations;
  private final TeamInstalls installs;
  private final Clock clock;
  private final Executor executor;
  private final Duration timeout;

  /** The collaborators of a turn: the engine, what we store, and how long a lookup may take. */
  record Parts(
      HandleMessage handleMessage,
      TeamsConversations conversations,
      TeamInstalls installs,
      Clock clock,
      Executor executor,
      Duration timeout) {}

  TeamsBot(Parts parts) {
    this.handleMessage = parts.handleMessage();
    this.conversations = parts.conversations();
    this.installs = parts.installs();
    this.clock = parts.clock();
    this.executor = parts.executor();
    this.timeout = parts.timeout();
  }

  /**
   * The engine and MongoDB block, so the turn's work runs on our executor, never on the SDK's pool;
   * the replies go out without blocking anyone.
   */
  @Override
  public CompletableFuture<Void> onTurn(TurnContext turn) {
    CompletableFuture<Out> answered;
    try {
      answered = CompletableFuture.supplyAsync(() -> answer(turn), executor);
    } catch (RejectedExecutionException e) {
      // Every turn thread is busy and the queue is full: refused (503), not queued without bound.
      return CompletableFuture.failedFuture(e);
    }
    return answered
        .thenCompose(out -> update(turn, out.answeredCard()).thenApply(updated -> out))
        .thenCompose(
            out ->
                out.replies().isEmpty()
                    ? CompletableFuture.completedFuture(out)
                    : turn.sendActivities(out.replies()).thenApply(sent -> out))
        .thenCompose(
            out ->
                out.typed() == null
                    ? CompletableFuture.completedFuture(null)
                    : update(turn, out.typed().card(replacedBy(turn))));
  }

  /**
   * What a turn sends; the answered card to replace in place first (null if none); and a typed
   * answer whose card is known only once the turn's next question has replaced it (null if none).
   */
  private record Out(List<Activity> replies, Activity answeredCard, TypedAnswer typed) {
    static Out of(List<Activity> replies) {
      return new Out(replies, null, null);
    }
  }

  /** Text typed as the answer to {@code askedId}: its card, if open, is frozen with it. */
  private record TypedAnswer(String askedId, String text, Language language) {
    Activity card(TeamsConversations.OpenCard open) {
      return open == null || !askedId.equals(open.askedId())
          ? null
          : ReplyCards.answered(open.cardId(), open.question(), text, language);
    }
  }

  /** The open card this turn's question card replaced, as the adapter recorded it on sending. */
  private static TeamsConversations.OpenCard replacedBy(TurnContext turn) {
    Optional<TeamsConversations.OpenCard> replaced =
        turn.getTurnState().get(TeamsBotAdapter.REPLACED_OPEN_CARD);
    return replaced == null ? null : replaced.orElse(null);
  }

  /** A card that could not be replaced stays as it was; the replies go out all the same. */
  private static CompletableFuture<Void> update(TurnContext turn, Activity card) {
    if (card == null) {
      return CompletableFuture.completedFuture(null);
    }
    return turn.updateActivity(card)
        .handle(
            (done, failure) -> {
              if (failure != null) {
                log.info("Could not mark a Teams card as answered: {}", failure.toString());
              }
              return null;
            });
  }

  private Out answer(TurnContext turn) {
    Activity activity = turn.getActivity();
    try {
      return switch (activity.getType()) {
        case ActivityTypes.MESSAGE -> onMessage(turn, activity);
        case ActivityTypes.CONVERSATION_UPDATE -> Out.of(onConversationUpdate(turn, activity));
        case ActivityTypes.INSTALLATION_UPDATE -> {
          onInstallationUpdate(activity);
          yield Out.of(List.of());
        }
        default -> {
          log.debug("Ignoring Teams activity of type {}", activity.getType());
          yield Out.of(List.of());
        }
      };
    } catch (IncomingActivities.Unusable e) {
      log.info(
          "Ignoring Teams {} activity: {}",
          LogText.of(activity.getType()),
          LogText.of(e.getMessage()));
      return Out.of(List.of());
    }
  }

  private Out onMessage(TurnContext turn, Activity activity) throws IncomingActivities.Unusable {
    if (!IncomingActivities.isPersonal(activity) && !IncomingActivities.isChannel(activity)) {
      // Group chats are outside the app's scopes: a reflection is never asked for in company.
      log.info(
          "Ignoring a Teams message in a {}", activity.getConversation().getConversationType());
      return Out.of(List.of());
    }
    Turn answered;
    IncomingMessage message = null;
    try {
      message = IncomingActivities.message(activity, null);
      TeamsConversations.PersonalChat chat = personalChat(activity);
      boolean saved = chat != null && conversations.refreshPersonal(chat);
      installs.recordChannel(activity);
      FirstContactEmail firstContact = new FirstContactEmail(turn, activity, timeout);
      answered = handleMessage.handle(message, firstContact);
      if (chat != null && !saved && firstContact.asked()) {
        // A new leader here (perhaps erased on another instance): their chat is written anyway.
        conversations.savePersonal(chat);
      }
    } catch (StorageUnavailableException e) {
      // Said in the chat like any reply: a failed turn would show the person nothing at all.
      // Before the engine knew who wrote, the client's locale is the best guess of a language.
      Language guess = languageOf(activity);
      answered =
          new Turn(List.of(new TextReply(e.explanation(guess))), guess, Turn.Outcome.UNAVAILABLE);
    }
    // The card chrome follows the leader's chosen language, not the Teams client's locale.
    List<Activity> replies = ReplyCards.render(answered.replies(), answered.language());
    TypedAnswer typed = typedAnswer(activity, message, answered);
    if (typed == null) {
      return new Out(replies, answeredCard(activity, message, answered), null);
    }
    if (replies.stream().anyMatch(reply -> AdaptiveCards.askedBy(reply).isPresent())) {
      // The next question replaces the open card on sending, which hands back the one it replaced.
      return new Out(replies, null, typed);
    }
    return new Out(replies, closedCard(activity, typed), null);
  }

  /** The card a taken click or submit answered, to show as answered (as Slack does). */
  private Activity answeredCard(Activity activity, IncomingMessage message, Turn turn) {
    if (message == null || !turn.outcome().taken() || message.action() == null) {
      return null;
    }
    if (activity.getReplyToId() == null) {
      return null;
    }
    IncomingActivities.SubmittedCard card = IncomingActivities.submittedCard(activity);
    String answer =
        Action.SUBMIT_TEXT.equals(message.action().value()) ? message.text() : card.label();
    if (answer == null || answer.isBlank()) {
      return null;
    }
    return ReplyCards.answered(
        activity.getReplyToId(), card.question(), answer.strip(), turn.language());
  }

  /**
   * Typed text carries no card id: the conversation's last question card is frozen, but only if it
   * asked the very question the engine took the text as answering (null if it answered none).
   */
  private static TypedAnswer typedAnswer(Activity activity, IncomingMessage message, Turn turn) {
    if (message == null
        || message.action() != null
        || turn.answered() == null
        || message.text().isBlank()
        || activity.getConversation() == null) {
      return null;
    }
    return new TypedAnswer(turn.answered(), message.text().strip(), turn.language());
  }

  /** With no next question to replace it, the answered open card is taken out in one call. */
  private Activity closedCard(Activity activity, TypedAnswer typed) {
    return conversations
        .closeOpenCard(activity.getConversation().getId(), typed.askedId())
        .map(typed::card)
        .orElse(null);
  }

  private List<Activity> onConversationUpdate(TurnContext turn, Activity activity)
      throws IncomingActivities.Unusable {
    if (!botWasAdded(activity)) {
      return List.of();
    }
    if (IncomingActivities.isChannel(activity)) {
      installs.recordTeam(turn);
      return List.of(AdaptiveCards.message(WelcomeCards.team(languageOf(activity))));
    }
    if (IncomingActivities.isPersonal(activity)) {
      rememberNow(activity);
      return List.of(AdaptiveCards.message(WelcomeCards.personal(languageOf(activity))));
    }
    return List.of();
  }

  /** Removing the app ends nudges at once; adding it (again) makes the leader reachable. */
  private void onInstallationUpdate(Activity activity) throws IncomingActivities.Unusable {
    if (IncomingActivities.isPersonal(activity) && "remove".equals(activity.getAction())) {
      conversations.markUnreachable(
          IncomingActivities.identity(activity), "removed the app", clock.instant());
      return;
    }
    rememberNow(activity);
  }

  /** Keeps the personal chat's address so nudges can reach the leader later, written at once. */
  private void rememberNow(Activity activity) throws IncomingActivities.Unusable {
    TeamsConversations.PersonalChat chat = personalChat(activity);
    if (chat != null) {
      conversations.savePersonal(chat);
    }
  }

  /** The personal chat an activity came from, to reach the person later; null for a channel. */
  private TeamsConversations.PersonalChat personalChat(Activity activity)
      throws IncomingActivities.Unusable {
    if (!IncomingActivities.isPersonal(activity) || activity.getServiceUrl() == null) {
      return null;
    }
    var identity = IncomingActivities.identity(activity);
    return new TeamsConversations.PersonalChat(
        identity.key(),
        activity.getServiceUrl(),
        activity.getConversation().getId(),
        IncomingActivities.tenantId(activity),
        activity.getFrom().getId(),
        activity.getRecipient() == null ? null : activity.getRecipient().getId(),
        activity.getLocale(),
        clock.instant(),
        null,
        null);
  }

  private static boolean botWasAdded(Activity activity) {
    List<ChannelAccount> added = activity.getMembersAdded();
    return added != null
        && activity.getRecipient() != null
        && added.stream().anyMatch(m -> activity.getRecipient().getId().equals(m.getId()));
  }

  private static Language languageOf(Activity activity) {
    return Language.fromLocaleTag(activity.getLocale());
  }
}
