package no.samspill.adapter.teams;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChatChannel;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.delivery.Dispatch;
import no.samspill.core.delivery.Pacer;
import no.samspill.core.delivery.Reach;
import no.samspill.core.delivery.SendWindow;
import no.samspill.core.delivery.SharedBudgets;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;

/** Reaches leaders and channels in Teams unprompted, through the stored conversation references. */
class TeamsChatChannel implements ChatChannel {

  private final BotAdapter adapter;
  private final String appId;
  private final TeamsConversations conversations;

  /** Slots of the tenant's budget one send takes: a nudge is one combined activity. */
  private static final int COST = 1;

  private final Deliveries deliveries;
  private final Clock clock;
  private final Pacer pacer;
  private final TeamsProperties.Limits limits;
  private final TeamsProperties.Retry retry;
  private final PersonalChatsReadAhead readAhead;
  private final SendWindow tenantWindow;

  TeamsChatChannel(
      BotAdapter adapter,
      String appId,
      TeamsConversations conversations,
      Deliveries deliveries,
      Clock clock,
      Pacer pacer,
      SharedBudgets shares,
      TeamsProperties properties) {
    this.adapter = adapter;
    this.appId = appId;
    this.conversations = conversations;
    this.deliveries = deliveries;
    this.clock = clock;
    this.pacer = pacer;
    this.limits = properties.limits();
    this.retry = properties.retry();
    this.readAhead = new PersonalChatsReadAhead(conversations, clock);
    // This instance's share of what the tenant lets through in any second (rate plus burst).
    double perSecond = limits.tenantRate() + limits.tenantBurst();
    this.tenantWindow =
        new SendWindow(
            tenant -> (int) shares.share(tenant, perSecond),
            Duration.ofSeconds(1),
            SendWindow.Time.SYSTEM);
  }

  /** Reads the batch's personal chats in one round trip (each is still checked at its turn). */
  @Override
  public void expect(Collection<Leader> leaders) {
    readAhead.expect(leaders.stream().map(this::identityOf).flatMap(Optional::stream).toList());
  }

  /** From the stored personal chats, in one round trip: none yet, or marked unreachable. */
  @Override
  public Map<LeaderId, Reach.Problem> problems(Collection<Leader> leaders) {
    Map<Leader, ChatIdentity> identities = new HashMap<>();
    leaders.forEach(l -> identityOf(l).ifPresent(identity -> identities.put(l, identity)));
    Map<String, TeamsConversations.PersonalChat> chats =
        conversations.findPersonal(identities.values());
    Map<LeaderId, Reach.Problem> problems = new HashMap<>();
    identities.forEach(
        (leader, identity) -> {
          TeamsConversations.PersonalChat chat = chats.get(identity.key());
          if (chat == null) {
            problems.put(leader.id(), Reach.Problem.APP_NOT_ADDED);
          } else if (!chat.reachable()) {
            problems.put(leader.id(), Reach.Problem.APP_REMOVED);
          }
        });
    return problems;
  }

  private Optional<ChatIdentity> identityOf(Leader leader) {
    return leader.identities().stream().filter(i -> name().equals(i.channel())).findFirst();
  }

  @Override
  public boolean opensOnTurn() {
    return true;
  }

  /**
   * Paced by the conversation and the tenant, without a thread waiting; a 429 or 5xx waits its
   * back-off in the pacer. The Bot Connector offers a bot no way to read back what arrived, so a
   * crash between the Connector's answer and our record can send a nudge twice (README).
   */
  @Override
  public CompletableFuture<Delivery> deliver(Leader leader, Dispatch dispatch) {
    Optional<ChatIdentity> identity = identityOf(leader);
    if (identity.isEmpty()) {
      return CompletableFuture.completedFuture(
          Delivery.unreachable("leader has no Teams identity"));
    }
    ChatIdentity who = identity.get();
    // A personal chat is one conversation per identity, and its tenant is the identity's, so the
    // lanes are known without the stored reference: it is read on the call pool when the turn
    // comes, not one by one on the dispatcher's thread.
    List<Pacer.Lane> lanes = lanes("personal/" + who.key(), who.workspaceId());
    return paced(lanes, () -> personalTurn(who, dispatch, leader));
  }

  private Turn personalTurn(ChatIdentity who, Dispatch dispatch, Leader leader) {
    Optional<TeamsConversations.PersonalChat> chat = readAhead.take(who);
    if (chat.isEmpty()) {
      return Turn.refused(Delivery.unreachable("leader has not installed Samspill in Teams"));
    }
    TeamsConversations.PersonalChat c = chat.get();
    if (!c.reachable()) {
      return Turn.refused(Delivery.unreachable("removed: " + c.unreachableReason()));
    }
    Optional<List<Activity>> made =
        dispatch.opener().open().map(replies -> ReplyCards.combined(replies, leader.language()));
    if (made.isEmpty()) {
      return Turn.refused(Delivery.withdrawn("not opened"));
    }
    ConversationReference reference =
        reference(c.serviceUrl(), c.tenantId(), c.conversationId(), c.botId(), c.userId());
    return new Turn(
        reference,
        new CopyOnWriteArrayList<>(made.get()),
        null,
        gone -> conversations.markGone(who, c.conversationId(), gone.detail(), clock.instant()));
  }

  private List<Pacer.Lane> lanes(String conversation, String tenant) {
    return List.of(
        new Pacer.Lane(
            "teams/conversation/" + conversation,
            new Pacer.Limit(limits.conversationInterval(), limits.conversationBurst())),
        Pacer.Lane.shared(
            "teams/tenant/" + tenant,
            Pacer.Limit.perSecond(limits.tenantRate(), limits.tenantBurst())));
  }

  /**
   * What one paced send does once its turn has come: the activities still to send to a
   * conversation, or why nothing is sent; {@code gone} learns when the Connector says the
   * conversation is gone.
   */
  private record Turn(
      ConversationReference reference,
      List<Activity> pending,
      Delivery refused,
      Consumer<Delivery> gone) {

    static Turn refused(Delivery why) {
      return new Turn(null, List.of(), why, none -> {});
    }
  }

  /**
   * Sends what {@code atTurn} makes (once) when the conversation's and the tenant's budgets allow;
   * each retry sends only what has not gone yet, so it never repeats a delivered activity.
   */
  private CompletableFuture<Delivery> paced(List<Pacer.Lane> lanes, Supplier<Turn> atTurn) {
    AtomicReference<Turn> made = new AtomicReference<>();
    AtomicInteger attempts = new AtomicInteger();
    return pacer
        .submit(
            lanes,
            COST,
            () -> {
              if (made.get() == null) {
                made.set(atTurn.get());
              }
              Turn turn = made.get();
              if (turn.refused() != null) {
                return turn.refused();
              }
              if (turn.pending().isEmpty()) {
                return Delivery.delivered();
              }
              tenantWindow.awaitTurn(
                  "teams/tenant/" + turn.reference().getConversation().getTenantId());
              Delivery delivery =
                  deliveries.once(
                      () ->
                          adapter.continueConversation(
                              appId, turn.reference(), ctx -> sendInOrder(ctx, turn.pending())),
                      attempts.incrementAndGet());
              if (delivery.outcome() == Delivery.Outcome.UNREACHABLE) {
                turn.gone().accept(delivery);
              }
              return delivery;
            })
        .exceptionally(error -> Delivery.failed(describe(error)));
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

  /** The personal chat's conversation reference; Teams keeps the messages themselves. */
  @Override
  public void forget(ChatIdentity identity) {
    conversations.forgetPersonal(identity);
  }

  /** A message outside the dispatcher: the same paced path, awaited. */
  @Override
  public Delivery send(Leader leader, List<Reply> replies) {
    return deliver(leader, Dispatch.of("send", replies)).join();
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
    List<Activity> message = List.of(AdaptiveCards.message(ReplyCards.post(post)));
    return paced(
            lanes(c.conversationId(), c.tenantId()),
            () -> new Turn(reference, new CopyOnWriteArrayList<>(message), null, gone -> {}))
        .join();
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
