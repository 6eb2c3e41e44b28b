package no.samspill.adapter.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The admin API's bearer token (SAMSPILL_ADMIN_TOKEN); blank means one is made at start-up. */
@ConfigurationProperties("samspill.admin")
public record AdminProperties(String token) {}
