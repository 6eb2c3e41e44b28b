package no.samspill.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The bot's own credentials for calls to the Bot Connector: an OAuth client-credentials token from
 * the configured token endpoint, cached until shortly before it expires. Replaces the SDK's MSAL
 * path, which insists on HTTPS and Microsoft's instance discovery and so cannot be faked in tests.
 */
class TeamsAppCredentials extends MicrosoftAppCredentials {

  private static final Duration EARLY_REFRESH = Duration.ofMinutes(5);

  private final URI tokenUrl;
  private final HttpClient http;
  private final Clock clock;
  private String token;
  private Instant expiresAt = Instant.MIN;

  TeamsAppCredentials(TeamsProperties properties, Clock clock) {
    super(properties.appId(), properties.appPassword(), properties.tokenTenant());
    this.tokenUrl =
        URI.create(
            properties.tokenUrl() != null
                ? properties.tokenUrl()
                : oAuthEndpoint() + "/oauth2/v2.0/token");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.clock = clock;
  }

  @Override
  public CompletableFuture<String> getToken() {
    try {
      return CompletableFuture.completedFuture(currentToken());
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
  }

  private synchronized String currentToken() throws IOException, InterruptedException {
    if (token == null || clock.instant().isAfter(expiresAt.minus(EARLY_REFRESH))) {
      fetch();
    }
    return token;
  }

  private void fetch() throws IOException, InterruptedException {
    String form =
        "grant_type=client_credentials&client_id="
            + encode(getAppId())
            + "&client_secret="
            + encode(getAppPassword())
            + "&scope="
            + encode(AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
    HttpRequest request =
        HttpRequest.newBuilder(tokenUrl)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      // The body may echo the request; never log the secret.
      throw new IOException("Token endpoint answered HTTP " + response.statusCode());
    }
    JsonNode body = Serialization.jsonToTree(response.body());
    JsonNode accessToken = body.get("access_token");
    if (accessToken == null || !accessToken.isTextual()) {
      throw new IOException("Token endpoint answered without an access_token");
    }
    token = accessToken.asText();
    expiresAt = clock.instant().plusSeconds(body.path("expires_in").asLong(3600));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
