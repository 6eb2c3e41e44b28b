package no.samspill.adapter.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Dispatcher;
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

  private final AppCredentials credentials;
  private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

  /**
   * OkHttp's default sends at most 5 requests at once to one host, and every Teams conversation of
   * a region sits behind one service URL: the pacer, not the HTTP client, decides the pace.
   */
  private final Dispatcher dispatcher = new Dispatcher();

  TeamsBotAdapter(TeamsProperties properties, AppCredentials credentials) {
    super(new SimpleCredentialProvider(properties.appId(), properties.appPassword()), null);
    this.credentials = credentials;
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
                          .withDispatcher(dispatcher)
                          .build())));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Invalid service URL: " + serviceUrl, e));
    }
  }
}
