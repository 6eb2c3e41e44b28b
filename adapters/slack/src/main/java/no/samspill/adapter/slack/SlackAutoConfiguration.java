package no.samspill.adapter.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Registers the Slack adapter when a bot token or an OAuth client is configured; otherwise says in
 * one log line that Slack is off.
 */
@AutoConfiguration
@EnableConfigurationProperties(SlackProperties.class)
@Import(SlackConfiguration.class)
public class SlackAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SlackAutoConfiguration.class);

  SlackAutoConfiguration(SlackProperties properties) {
    if (!properties.enabled()) {
      log.info(
          "Slack is off: set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and"
              + " SLACK_CLIENT_SECRET (OAuth install) to turn it on.");
    }
  }
}
