package no.samspill.adapter.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ResourceResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import no.samspill.core.delivery.PlatformCalls;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's adapter with our credentials (inbound tokens are checked against the app id, outbound
 * calls carry a token from {@link TeamsAppCredentials}) and without the SDK's HTTP retries, which
 * repeat a 5xx at once and ignore 429: {@link Deliveries} retries with back-off instead.
 */
class TeamsBotAdapter extends BotFrameworkHttpAdapter {

  private static final Logger log = LoggerFactory.getLogger(TeamsBotAdapter.class);

  private static final RetryStrategy NO_RETRY =
      new RetryStrategy("none", false) {
        @Override
        public boolean shouldRetry(int retryCount, Response response) {
          return false;
        }
      };

  /**
   * Real deployments talk to a handful of service URLs (one per region); anybody the emulator mode
   * lets in may name a new one per request, so the least recently used client is dropped beyond
   * this.
   */
  static final int MAX_CLIENTS = 256;

  private final AppCredentials credentials;
  private final TeamsConversations conversations;
  private final Clock clock;

  // Dropped clients are not closed: closing one would shut the shared dispatcher down.
  private final Map<String, ConnectorClient> clients = LeastRecentlyUsed.map(MAX_CLIENTS);

  /** One pool for every client, so a dropped client leaves no connections of its own behind. */
  private final ConnectionPool connections = new ConnectionPool();

  /**
   * OkHttp's default sends at most 5 requests at once to one host, and every Teams conversation of
   * a region sits behind one service URL: the pacer, not the HTTP client, decides the pace.
   */
  private final Dispatcher dispatcher = new Dispatcher();

  /** Counts each Connector call by HTTP method and status. */
  private final Interceptor counted;

  TeamsBotAdapter(
      TeamsProperties properties,
      AppCredentials credentials,
      TeamsConversations conversations,
      Clock clock) {
    this(properties, credentials, conversations, clock, PlatformCalls.NONE);
  }

  TeamsBotAdapter(
      TeamsProperties properties,
      AppCredentials credentials,
      TeamsConversations conversations,
      Clock clock,
      PlatformCalls calls) {
    super(new SimpleCredentialProvider(properties.appId(), properties.appPassword()), null);
    this.credentials = credentials;
    this.conversations = conversations;
    this.clock = clock;
    this.counted =
        chain -> {
          long start = System.nanoTime();
          String method = chain.request().method();
          try {
            Response response = chain.proceed(chain.request());
            calls.answered("teams", method, response.code(), since(start));
            return response;
          } catch (IOException e) {
            calls.answered("teams", method, PlatformCalls.NO_ANSWER, since(start));
            throw e;
          }
        };
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(32);
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    // Without an app id (Emulator) calls go out without a token.
    return CompletableFuture.completedFuture(
        credentials == null ? MicrosoftAppCredentials.empty() : credentials);
  }

  @Override
  protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
      String serviceUrl, AppCredentials usingCredentials) {
    AppCredentials used =
        usingCredentials == null ? MicrosoftAppCredentials.empty() : usingCredentials;
    try {
      return CompletableFuture.completedFuture(
          clients.computeIfAbsent(
              serviceUrl + "|" + used.getAppId(),
              key ->
                  new RestConnectorClient(
                      RestConnectorClient.getDefaultRestClientBuilder(serviceUrl, used)
                          .withRetryStrategy(NO_RETRY)
                          .withInterceptor(counted)
                          .withDispatcher(dispatcher)
                          .withConnectionPool(connections)
                          .build())));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Invalid service URL: " + serviceUrl, e));
    }
  }

  /**
   * Under this key of the turn's state, the open card the turn's first question card replaced (an
   * empty {@code Optional} if there was none), so a typed answer can freeze it without reading it.
   */
  static final String REPLACED_OPEN_CARD = "samspill.replacedOpenCard";

  /**
   * Replies in a turn and proactive sends alike pass here: a question card that arrived is
   * remembered with the id Teams gave it, so a typed answer can freeze it (as a click does).
   */
  @Override
  public CompletableFuture<ResourceResponse[]> sendActivities(
      TurnContext context, List<Activity> activities) {
    return super.sendActivities(context, activities)
        .thenApply(
            sent -> {
              rememberQuestionCards(context, activities, sent);
              return sent;
            });
  }

  private void rememberQuestionCards(
      TurnContext context, List<Activity> activities, ResourceResponse[] sent) {
    for (int i = 0; i < activities.size() && sent != null && i < sent.length; i++) {
      Activity activity = activities.get(i);
      Optional<String[]> asked = AdaptiveCards.askedBy(activity);
      if (asked.isEmpty()
          || sent[i] == null
          || sent[i].getId() == null
          || activity.getConversation() == null) {
        continue;
      }
      try {
        Optional<TeamsConversations.OpenCard> replaced =
            conversations.replaceOpenCard(
                new TeamsConversations.OpenCard(
                    activity.getConversation().getId(),
                    sent[i].getId(),
                    asked.get()[0],
                    asked.get()[1],
                    clock.instant()));
        if (!context.getTurnState().containsKey(REPLACED_OPEN_CARD)) {
          context.getTurnState().add(REPLACED_OPEN_CARD, replaced);
        }
      } catch (RuntimeException e) {
        // The card arrived; without the record a typed answer only leaves it unfrozen.
        log.info("Could not remember a Teams question card: {}", e.toString());
      }
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  int cachedClients() {
    return clients.size();
  }
}
