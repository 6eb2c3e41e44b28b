package no.samspill.adapter.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code demo}: anyone may pick a leader and chat as them; set only on purpose (SAMSPILL_WEB_DEMO).
 * {@code demoByDefault}: the local profile's wish for the demo, granted only while neither Slack
 * nor Teams is configured. See {@link DemoModeCondition}.
 */
@ConfigurationProperties("samspill.web")
public record WebChatProperties(Boolean demo, boolean demoByDefault) {}
