package no.samspill.adapter.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import no.samspill.core.delivery.PlatformCalls;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The SDK's adapter with our credentials (inbound tokens are checked against the app id, outbound
 * calls carry a token from {@link TeamsAppCredentials}) and without the SDK's HTTP retries, which
 * repeat a 5xx at once and ignore 429: {@link Deliveries} retries with back-off instead.
 */
class TeamsBotAdapter extends BotFrameworkHttpAdapter {

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

  // Dropped clients are not closed: closing one would shut the shared dispatcher down.
  private final Map<String, ConnectorClient> clients =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ConnectorClient> eldest) {
              return size() > MAX_CLIENTS;
            }
          });

  /** One pool for every client, so a dropped client leaves no connections of its own behind. */
  private final ConnectionPool connections = new ConnectionPool();

  /**
   * OkHttp's default sends at most 5 requests at once to one host, and every Teams conversation of
   * a region sits behind one service URL: the pacer, not the HTTP client, decides the pace.
   */
  private final Dispatcher dispatcher = new Dispatcher();

  /** Counts each Connector call by HTTP method and status. */
  private final Interceptor counted;

  TeamsBotAdapter(TeamsProperties properties, AppCredentials credentials) {
    this(properties, credentials, PlatformCalls.NONE);
  }

  TeamsBotAdapter(TeamsProperties properties, AppCredentials credentials, PlatformCalls calls) {
    super(new SimpleCredentialProvider(properties.appId(), properties.appPassword()), null);
    this.credentials = credentials;
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

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  int cachedClients() {
    return clients.size();
  }
}
