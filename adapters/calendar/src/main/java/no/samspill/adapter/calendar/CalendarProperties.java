package no.samspill.adapter.calendar;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * iCalendar feeds to poll: each one is a body's whole calendar, so an event gone from it is
 * cancelled. {@code horizon} bounds how far ahead recurrences are expanded.
 */
@ConfigurationProperties("samspill.calendar")
public record CalendarProperties(
    List<Feed> feeds,
    @DefaultValue("PT30M") Duration pollInterval,
    @DefaultValue("P366D") Duration horizon,
    @DefaultValue("PT20S") Duration timeout) {

  public CalendarProperties {
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
  }

  /** One feed: the tenant and body its events belong to, and where to fetch it. */
  public record Feed(String tenantId, String bodyId, URI url) {}
}
