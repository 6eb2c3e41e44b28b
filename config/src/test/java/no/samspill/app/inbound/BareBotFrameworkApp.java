package no.samspill.app.inbound;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.testing.teams.FakeBotFramework;
import okhttp3.Dispatcher;

/**
 * The bare Bot Framework SDK app Samspill's Teams latency is held against: the same SDK, the same
 * inbound token check, and a bot that answers every message with one text reply through the
 * Connector. Its HTTP client may run as many calls at once as Samspill's, so the difference is what
 * Samspill does in a turn. Args: OpenID metadata URL, token URL.
 */
public final class BareBotFrameworkApp {

  private BareBotFrameworkApp() {}

  public static void main(String[] args) throws Exception {
    ChannelValidation.setOpenIdMetaDataUrl(args[0]);
    BotFrameworkHttpAdapter adapter = new Adapter(new Credentials(URI.create(args[1])));
    ActivityHandler bot =
        new ActivityHandler() {
          @Override
          protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
            return turn.sendActivity(MessageFactory.text("Hei! Skriv «hjelp»."))
                .thenApply(r -> null);
          }
        };
    ChildApp.listening(BareTomcat.serve("/api/messages", new Endpoint(adapter, bot)));
    System.exit(0);
  }

  private static final class Endpoint extends HttpServlet {
    private final transient BotFrameworkHttpAdapter adapter;
    private final transient ActivityHandler bot;

    Endpoint(BotFrameworkHttpAdapter adapter, ActivityHandler bot) {
      this.adapter = adapter;
      this.bot = bot;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      ObjectNode tree =
          (ObjectNode)
              Serialization.jsonToTree(
                  new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      // The SDK's mapping reads only nine-digit fractions; Teams sends seven.
      tree.remove("timestamp");
      tree.remove("localTimestamp");
      Activity activity = Serialization.getAs(tree, Activity.class);
      try {
        adapter.processIncomingActivity(req.getHeader("Authorization"), activity, bot).get();
        resp.setStatus(200);
      } catch (Exception e) {
        resp.setStatus(500);
      }
    }
  }

  private static final class Adapter extends BotFrameworkHttpAdapter {
    private final AppCredentials credentials;
    private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();
    private final Dispatcher dispatcher = new Dispatcher();

    Adapter(AppCredentials credentials) {
      super(
          new SimpleCredentialProvider(FakeBotFramework.APP_ID, FakeBotFramework.APP_PASSWORD),
          null);
      this.credentials = credentials;
      dispatcher.setMaxRequests(64);
      dispatcher.setMaxRequestsPerHost(32);
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
      return CompletableFuture.completedFuture(credentials);
    }

    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
        String serviceUrl, AppCredentials usingCredentials) {
      return CompletableFuture.completedFuture(
          clients.computeIfAbsent(
              serviceUrl,
              url ->
                  new RestConnectorClient(
                      RestConnectorClient.getDefaultRestClientBuilder(url, credentials)
                          .withDispatcher(dispatcher)
                          .build())));
    }
  }

  /** The bot's token from the fake's token endpoint, fetched once (the SDK's MSAL caches too). */
  private static final class Credentials extends MicrosoftAppCredentials {
    private final CompletableFuture<String> token;

    Credentials(URI tokenUrl) throws IOException, InterruptedException {
      super(FakeBotFramework.APP_ID, FakeBotFramework.APP_PASSWORD);
      String body =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(tokenUrl)
                      .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
              .body();
      token =
          CompletableFuture.completedFuture(
              Serialization.jsonToTree(body).get("access_token").asText());
    }

    @Override
    public CompletableFuture<String> getToken() {
      return token;
    }
  }
}
