package no.samspill.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whether to load the sample municipality for the local demo. */
@ConfigurationProperties("samspill.sample-data")
public record SampleDataProperties(boolean enabled) {}
