package no.samspill.adapter.teams;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.delivery.Pacer;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;

/** Reaches leaders and channels in Teams unprompted, through the stored conversation references. */
class TeamsChatChannel implements ChatChannel {

  private final BotAdapter adapter;
  private final String appId;
  private final TeamsConversations conversations;

  /** A nudge is at most an intro, a question and a hint: three activities. */
  private static final int MAX_ACTIVITIES = 3;

  private final Deliveries deliveries;
  private final Clock clock;
  private final Pacer pacer;
  private final TeamsProperties.Limits limits;
  private final TeamsProperties.Retry retry;

  TeamsChatChannel(
      BotAdapter adapter,
      String appId,
      TeamsConversations conversations,
      Deliveries deliveries,
      Clock clock,
      Pacer pacer,
      TeamsProperties properties) {
    this.adapter = adapter;
    this.appId = appId;
    this.conversations = conversations;
    this.deliveries = deliveries;
    this.clock = clock;
    this.pacer = pacer;
    this.limits = properties.limits();
    this.retry = properties.retry();
  }

  /**
   * Paced by the conversation and the tenant, without a thread waiting; a 429 or 5xx waits its
   * back-off in the pacer. The Bot Connector offers a bot no way to read back what arrived, so a
   * crash between the Connector's answer and our record can send a nudge twice (README).
   */
  @Override
  public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
    Optional<ChatIdentity> identity =
        leader.identities().stream().filter(i -> name().equals(i.channel())).findFirst();
    if (identity.isEmpty()) {
      return CompletableFuture.completedFuture(
          Delivery.unreachable("leader has no Teams identity"));
    }
    Optional<TeamsConversations.PersonalChat> chat = conversations.findPersonal(identity.get());
    if (chat.isEmpty()) {
      return CompletableFuture.completedFuture(
          Delivery.unreachable("leader has not installed Samspill in Teams"));
    }
    TeamsConversations.PersonalChat c = chat.get();
    if (!c.reachable()) {
      return CompletableFuture.completedFuture(
          Delivery.unreachable("removed: " + c.unreachableReason()));
    }
    ConversationReference reference =
        reference(c.serviceUrl(), c.tenantId(), c.conversationId(), c.botId(), c.userId());
    List<Pacer.Lane> lanes =
        List.of(
            new Pacer.Lane(
                "teams/conversation/" + c.conversationId(),
                new Pacer.Limit(limits.conversationInterval(), limits.conversationBurst())),
            new Pacer.Lane(
                "teams/tenant/" + c.tenantId(),
                Pacer.Limit.perSecond(limits.tenantRate(), limits.tenantBurst())));
    AtomicReference<List<Activity>> pending = new AtomicReference<>();
    AtomicInteger attempts = new AtomicInteger();
    return pacer
        .submit(
            lanes,
            MAX_ACTIVITIES,
            () -> {
              if (pending.get() == null) {
                Optional<List<Reply>> replies = dispatch.opener().open();
                if (replies.isEmpty()) {
                  return Delivery.withdrawn("not opened");
                }
                pending.set(
                    new CopyOnWriteArrayList<>(
                        ReplyCards.render(replies.get(), leader.language())));
              }
              return deliveries.once(
                  () ->
                      adapter.continueConversation(
                          appId, reference, turn -> sendInOrder(turn, pending.get())),
                  attempts.incrementAndGet());
            })
        .exceptionally(error -> Delivery.failed(describe(error)))
        .thenApply(
            delivery -> {
              if (delivery.outcome() == Delivery.Outcome.UNREACHABLE) {
                conversations.markUnreachable(identity.get(), delivery.detail(), clock.instant());
              }
              return delivery;
            });
  }

  @Override
  public Duration longestDelivery() {
    return retry.timeout().plus(retry.maxBackoff()).multipliedBy(retry.maxAttempts());
  }

  private static String describe(Throwable error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    return cause instanceof Pacer.Throttled
        ? "gave up after retries"
        : cause.getClass().getSimpleName();
  }

  @Override
  public String name() {
    return IncomingActivities.CHANNEL;
  }

  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    Optional<ChatIdentity> identity =
        leader.identities().stream().filter(i -> name().equals(i.channel())).findFirst();
    if (identity.isEmpty()) {
      return Delivery.unreachable("leader has no Teams identity");
    }
    Optional<TeamsConversations.PersonalChat> chat = conversations.findPersonal(identity.get());
    if (chat.isEmpty()) {
      return Delivery.unreachable("leader has not installed Samspill in Teams");
    }
    if (!chat.get().reachable()) {
      return Delivery.unreachable("removed: " + chat.get().unreachableReason());
    }
    TeamsConversations.PersonalChat c = chat.get();
    ConversationReference reference =
        reference(c.serviceUrl(), c.tenantId(), c.conversationId(), c.botId(), c.userId());
    List<Activity> activities = ReplyCards.render(replies, leader.language());
    Delivery delivery = deliver(reference, activities);
    if (delivery.outcome() == Delivery.Outcome.UNREACHABLE) {
      conversations.markUnreachable(identity.get(), delivery.detail(), clock.instant());
    }
    return delivery;
  }

  @Override
  public Delivery post(ChannelAddress address, ChannelPost post) {
    Optional<TeamsConversations.TeamChannel> channel =
        conversations.findChannel(address.conversationId());
    if (channel.isEmpty() || !address.workspaceId().equals(channel.get().tenantId())) {
      return Delivery.unreachable("Samspill is not in this Teams channel");
    }
    TeamsConversations.TeamChannel c = channel.get();
    ConversationReference reference =
        reference(c.serviceUrl(), c.tenantId(), c.conversationId(), c.botId(), null);
    return deliver(reference, List.of(AdaptiveCards.message(ReplyCards.post(post))));
  }

  private Delivery deliver(ConversationReference reference, List<Activity> activities) {
    if (activities.isEmpty()) {
      return Delivery.delivered();
    }
    // Each attempt sends what has not gone yet, so a retry never repeats a delivered message.
    List<Activity> pending = new CopyOnWriteArrayList<>(activities);
    return deliveries.run(
        () -> adapter.continueConversation(appId, reference, turn -> sendInOrder(turn, pending)));
  }

  private static CompletableFuture<Void> sendInOrder(TurnContext turn, List<Activity> pending) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (Activity activity : List.copyOf(pending)) {
      chain =
          chain.thenCompose(
              none -> turn.sendActivity(activity).thenAccept(sent -> pending.remove(activity)));
    }
    return chain;
  }

  private static ConversationReference reference(
      String serviceUrl, String tenantId, String conversationId, String botId, String userId) {
    ConversationReference reference = new ConversationReference();
    reference.setChannelId("msteams");
    reference.setServiceUrl(serviceUrl);
    ConversationAccount conversation = new ConversationAccount();
    conversation.setId(conversationId);
    conversation.setTenantId(tenantId);
    reference.setConversation(conversation);
    reference.setBot(new ChannelAccount(botId));
    if (userId != null) {
      reference.setUser(new ChannelAccount(userId));
    }
    return reference;
  }
}
