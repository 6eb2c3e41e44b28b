package no.samspill.adapter.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.samspill.core.LogText;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.TextReply;
import no.samspill.core.conversation.Turn;
import no.samspill.core.directory.Leaders;
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
  private final Leaders leaders;
  private final Clock clock;
  private final Executor executor;
  private final Duration timeout;

  /** The collaborators of a turn: the engine, what we store, and how long a lookup may take. */
  record Parts(
      HandleMessage handleMessage,
      TeamsConversations conversations,
      TeamInstalls installs,
      Leaders leaders,
      Clock clock,
      Executor executor,
      Duration timeout) {}

  TeamsBot(Parts parts) {
    this.handleMessage = parts.handleMessage();
    this.conversations = parts.conversations();
    this.installs = parts.installs();
    this.leaders = parts.leaders();
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
                    ? CompletableFuture.completedFuture(null)
                    : turn.sendActivities(out.replies()).thenApply(sent -> null));
  }

  /** What a turn sends, and the answered card to replace in place (null if none). */
  private record Out(List<Activity> replies, Activity answeredCard) {
    static Out of(List<Activity> replies) {
      return new Out(replies, null);
    }
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
      message = IncomingActivities.message(activity, emailOnFirstContact(turn, activity));
      remember(activity);
      installs.recordChannel(activity);
      answered = handleMessage.handle(message);
    } catch (StorageUnavailableException e) {
      // Said in the chat like any reply: a failed turn would show the person nothing at all.
      // Before the engine knew who wrote, the client's locale is the best guess of a language.
      Language guess = languageOf(activity);
      answered =
          new Turn(List.of(new TextReply(e.explanation(guess))), guess, Turn.Outcome.UNAVAILABLE);
    }
    // The card chrome follows the leader's chosen language, not the Teams client's locale.
    return new Out(
        ReplyCards.render(answered.replies(), answered.language()),
        answeredCard(activity, message, answered));
  }

  /** The card a taken click, submit or typed answer answered, to show as answered (as Slack). */
  private Activity answeredCard(Activity activity, IncomingMessage message, Turn turn) {
    if (message == null || !turn.outcome().taken()) {
      return null;
    }
    if (message.action() == null) {
      return typedAnswerCard(activity, message, turn);
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
   * asked the very question the engine took the text as answering.
   */
  private Activity typedAnswerCard(Activity activity, IncomingMessage message, Turn turn) {
    if (turn.answered() == null || message.text().isBlank() || activity.getConversation() == null) {
      return null;
    }
    return conversations
        .findOpenCard(activity.getConversation().getId())
        .filter(card -> turn.answered().equals(card.askedId()))
        .map(
            card ->
                ReplyCards.answered(
                    card.cardId(), card.question(), message.text().strip(), turn.language()))
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
      remember(activity);
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
    remember(activity);
  }

  /** Keeps the personal chat's address so nudges can reach the leader later. */
  private void remember(Activity activity) throws IncomingActivities.Unusable {
    if (!IncomingActivities.isPersonal(activity) || activity.getServiceUrl() == null) {
      return;
    }
    var identity = IncomingActivities.identity(activity);
    conversations.savePersonal(
        new TeamsConversations.PersonalChat(
            identity.key(),
            activity.getServiceUrl(),
            activity.getConversation().getId(),
            IncomingActivities.tenantId(activity),
            activity.getFrom().getId(),
            activity.getRecipient() == null ? null : activity.getRecipient().getId(),
            activity.getLocale(),
            clock.instant(),
            null,
            null));
  }

  /**
   * Teams puts no e-mail on activities. Ask for it the first time someone writes, so a leader the
   * coordinator registered by e-mail is linked rather than created twice.
   */
  private String emailOnFirstContact(TurnContext turn, Activity activity)
      throws IncomingActivities.Unusable {
    if (!IncomingActivities.isPersonal(activity)
        || leaders.findByIdentity(IncomingActivities.identity(activity)).isPresent()) {
      return null;
    }
    try {
      TeamsChannelAccount member =
          TeamsInfo.getMember(turn, activity.getFrom().getId())
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return member.getEmail() != null ? member.getEmail() : member.getUserPrincipalName();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      log.info("No e-mail for a new Teams user, linking by Teams id only: {}", e.toString());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
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
