package no.samspill.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Import sources added in the console. {@code allowLoopback}: accept plain http feeds on this
 * machine (tests and a local demo only; never where coordinators could reach internal services).
 */
@ConfigurationProperties("samspill.imports")
public record ImportProperties(boolean allowLoopback) {}
