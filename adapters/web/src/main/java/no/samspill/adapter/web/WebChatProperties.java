package no.samspill.adapter.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code demo}: anyone may pick a leader and chat as them. Only for local use; with it off, no
 * request can act as a leader through the web channel.
 */
@ConfigurationProperties("samspill.web")
public record WebChatProperties(boolean demo) {}
