package no.samspill.adapter.teams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decides at start-up whether Teams runs, and stops start-up on a half-done registration. */
final class TeamsStartup {

  private static final Logger log = LoggerFactory.getLogger(TeamsStartup.class);

  private TeamsStartup() {}

  /**
   * @return whether the endpoint should accept activities
   * @throws IllegalStateException if the registration is incomplete
   */
  static boolean check(TeamsProperties properties) {
    if (properties.configured()) {
      if (properties.appPassword() == null) {
        throw new IllegalStateException(
            "MicrosoftAppId is set but MicrosoftAppPassword is not: set the client secret of the"
                + " bot's Entra ID app registration, or unset MicrosoftAppId to turn Teams off.");
      }
      if (properties.appType() == TeamsProperties.AppType.SINGLE_TENANT
          && properties.appTenantId() == null) {
        throw new IllegalStateException(
            "MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is not set: set the"
                + " Entra ID tenant id (directory id) of the bot's app registration.");
      }
      return true;
    }
    if (properties.allowUnauthenticated()) {
      log.warn(
          "Microsoft Teams runs WITHOUT authentication (SAMSPILL_TEAMS_ALLOW_UNAUTHENTICATED=true):"
              + " anyone who can reach /api/messages can act as any user. For local testing only.");
      return true;
    }
    log.info("Microsoft Teams is not configured (no MicrosoftAppId); /api/messages answers 503");
    return false;
  }
}
