package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.service.OAuthStateService;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;

/** Builds the Bolt app: one workspace by bot token, or many through the OAuth install flow. */
final class SlackBolt {

  static final String INSTALL_PATH = "/slack/install";
  static final String REDIRECT_PATH = "/slack/oauth_redirect";

  private SlackBolt() {}

  static App build(
      SlackProperties properties,
      Slack slack,
      InstallationService installations,
      OAuthStateService states) {
    boolean oauth = !properties.singleWorkspace() && properties.oauth();
    // Every field is set explicitly: Bolt's defaults read SLACK_* variables behind Spring's back.
    AppConfig config =
        AppConfig.builder()
            .slack(slack)
            .signingSecret(blankToNull(properties.signingSecret()))
            .verificationToken(null)
            .singleTeamBotToken(oauth ? null : properties.botToken())
            .clientId(oauth ? properties.clientId() : null)
            .clientSecret(oauth ? properties.clientSecret() : null)
            .redirectUri(null)
            .scope(properties.scopes())
            .userScope(null)
            .oauthInstallPath(INSTALL_PATH)
            .oauthStartPath(INSTALL_PATH)
            .oauthRedirectUriPath(REDIRECT_PATH)
            .oauthCallbackPath(REDIRECT_PATH)
            .oauthCompletionUrl(null)
            .oauthCancellationUrl(null)
            .oAuthInstallPageRenderingEnabled(false)
            // Else with many workspaces Bolt calls auth.test on Slack before every ack; a revoked
            // token's installation is deleted, so the cache never lets a removed workspace in.
            .authTestCacheEnabled(true)
            .build();
    App app = new App(config);
    if (oauth) {
      app.asOAuthApp(true);
      app.service(installations);
      app.service(states);
      app.enableTokenRevocationHandlers();
    } else {
      app.event(AppUninstalledEvent.class, (payload, ctx) -> ctx.ack());
      app.event(TokensRevokedEvent.class, (payload, ctx) -> ctx.ack());
    }
    return app;
  }

  private static String blankToNull(String value) {
    return SlackProperties.blank(value) ? null : value;
  }
}
