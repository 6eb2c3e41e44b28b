package no.samspill.adapter.slack;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slack settings, bound from SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL,
 * SLACK_CLIENT_ID and SLACK_CLIENT_SECRET. A bot token serves one workspace; a client id and secret
 * turn on the OAuth install flow for many. {@code messageInterval} keeps to Slack's ≈1 message per
 * second per channel; {@code workspaceRate}/{@code workspaceBurst} to its unpublished
 * workspace-wide budget for chat.postMessage (per instance: divide by the replicas you run); {@code
 * maxAttempts} bounds tries after a 429 or a network error, each waiting at most {@code
 * maxRetryWait}; {@code callTimeout} bounds one HTTP call; {@code maxWaiting} bounds the calls
 * queued for pacing.
 */
@ConfigurationProperties("samspill.slack")
public record SlackProperties(
    String botToken,
    String signingSecret,
    String appToken,
    String apiUrl,
    String clientId,
    String clientSecret,
    String scopes,
    Duration messageInterval,
    int maxAttempts,
    Duration maxRetryWait,
    double workspaceRate,
    int workspaceBurst,
    Duration callTimeout,
    int maxWaiting) {

  static final String SLACK_API = "https://slack.com/api/";
  static final String DEFAULT_SCOPES =
      "chat:write,commands,im:history,im:write,users:read,users:read.email,files:write";

  public SlackProperties {
    apiUrl = blank(apiUrl) ? SLACK_API : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    scopes = blank(scopes) ? DEFAULT_SCOPES : scopes;
    messageInterval = messageInterval == null ? Duration.ofSeconds(1) : messageInterval;
    maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
    maxRetryWait = maxRetryWait == null ? Duration.ofSeconds(20) : maxRetryWait;
    workspaceRate = workspaceRate <= 0 ? 5 : workspaceRate;
    workspaceBurst = workspaceBurst <= 0 ? 5 : workspaceBurst;
    callTimeout = callTimeout == null ? Duration.ofSeconds(10) : callTimeout;
    maxWaiting = maxWaiting <= 0 ? 20_000 : maxWaiting;
  }

  boolean singleWorkspace() {
    return !blank(botToken);
  }

  boolean oauth() {
    return !blank(clientId) && !blank(clientSecret);
  }

  boolean socketMode() {
    return !blank(appToken);
  }

  boolean enabled() {
    return singleWorkspace() || oauth();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
