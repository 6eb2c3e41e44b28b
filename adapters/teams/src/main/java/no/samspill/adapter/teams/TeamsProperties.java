package no.samspill.adapter.teams;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The bot's Entra ID registration ({@code MicrosoftAppId}, {@code MicrosoftAppPassword}, {@code
 * MicrosoftAppTenantId}, {@code MicrosoftAppType}) and how the adapter talks to Teams. {@code
 * allowUnauthenticated} lets the Bot Framework Emulator in when no app id is set; {@code
 * openIdMetadataUrl} and {@code tokenUrl} are for other clouds and tests.
 */
@ConfigurationProperties("samspill.teams")
public record TeamsProperties(
    String appId,
    String appPassword,
    String appTenantId,
    AppType appType,
    boolean allowUnauthenticated,
    DataSize maxBodySize,
    String openIdMetadataUrl,
    String tokenUrl,
    Retry retry,
    Limits limits) {

  /**
   * Single-tenant bots get tokens from their own tenant; multi-tenant ones from botframework.com.
   */
  public enum AppType {
    SINGLE_TENANT,
    MULTI_TENANT
  }

  /** Attempts per message, the first back-off (doubled each time) and the cap on any wait. */
  public record Retry(
      int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration timeout) {
    public Retry {
      maxAttempts = maxAttempts <= 0 ? 4 : maxAttempts;
      firstBackoff = firstBackoff == null ? Duration.ofSeconds(1) : firstBackoff;
      maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
      timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }
  }

  /**
   * Teams' published bot limits (learn.microsoft.com, "Optimize your bot with rate limiting in
   * Teams"): per bot per conversation 7 per second, 8 per 2 s, 60 per 30 s, 1800 per hour; per app
   * per tenant 50 requests per second. The defaults stay under each: a burst of 4, then one per 2 s
   * per conversation; 45 per second per tenant after a burst of 3, so that no second, however it is
   * cut, holds more than 48 when sent: two to spare for sends that arrive closer together than they
   * left (a burst of 5 met the fake Connector's 429 in the paced benchmark). Per instance: divide
   * by the replicas you run.
   */
  public record Limits(
      Duration conversationInterval, int conversationBurst, double tenantRate, int tenantBurst) {
    public Limits {
      conversationInterval =
          conversationInterval == null ? Duration.ofSeconds(2) : conversationInterval;
      conversationBurst = conversationBurst <= 0 ? 4 : conversationBurst;
      tenantRate = tenantRate <= 0 ? 45 : tenantRate;
      tenantBurst = tenantBurst <= 0 ? 3 : tenantBurst;
    }
  }

  public TeamsProperties {
    limits = limits == null ? new Limits(null, 0, 0, 0) : limits;
    appId = blankToNull(appId);
    appPassword = blankToNull(appPassword);
    appTenantId = blankToNull(appTenantId);
    appType = appType == null ? AppType.MULTI_TENANT : appType;
    maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    openIdMetadataUrl = blankToNull(openIdMetadataUrl);
    tokenUrl = blankToNull(tokenUrl);
    retry = retry == null ? new Retry(0, null, null, null) : retry;
  }

  public boolean configured() {
    return appId != null;
  }

  /** The authority that issues the bot's outbound tokens. */
  public String tokenTenant() {
    return appType == AppType.SINGLE_TENANT ? appTenantId : "botframework.com";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
