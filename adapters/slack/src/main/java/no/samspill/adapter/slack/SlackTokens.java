package no.samspill.adapter.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.service.InstallationService;
import java.util.Optional;

/** The bot token for a workspace: the configured one, or the one its OAuth install stored. */
final class SlackTokens {

  private final SlackProperties properties;
  private final InstallationService installations;

  SlackTokens(SlackProperties properties, InstallationService installations) {
    this.properties = properties;
    this.installations = installations;
  }

  Optional<String> botToken(String teamId) {
    if (properties.singleWorkspace()) {
      return Optional.of(properties.botToken());
    }
    if (installations == null) {
      return Optional.empty();
    }
    Bot bot = installations.findBot(null, teamId);
    return bot == null ? Optional.empty() : Optional.ofNullable(bot.getBotAccessToken());
  }
}
