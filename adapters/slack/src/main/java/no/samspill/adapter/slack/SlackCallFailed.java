package no.samspill.adapter.slack;

import java.util.Set;

/** A Web API call that failed for good; {@code permanent} when retrying later cannot help. */
final class SlackCallFailed extends RuntimeException {

  private static final Set<String> PERMANENT =
      Set.of(
          "account_inactive",
          "token_revoked",
          "invalid_auth",
          "not_authed",
          "channel_not_found",
          "not_in_channel",
          "is_archived",
          "user_not_found",
          "user_disabled",
          "cannot_dm_bot",
          "team_access_not_granted",
          "not_installed");

  private final String error;

  SlackCallFailed(String error) {
    super("Slack call failed: " + error);
    this.error = error;
  }

  String error() {
    return error;
  }

  boolean permanent() {
    return PERMANENT.contains(error);
  }
}
