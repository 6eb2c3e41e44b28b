package no.samspill.adapter.calendar;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * iCalendar feeds to poll: each one is a body's whole calendar, so an event gone from it is
 * cancelled. {@code horizon} bounds how far ahead recurrences are expanded; {@code limits} bound
 * what one file (uploaded or polled) may make.
 */
@ConfigurationProperties("samspill.calendar")
public record CalendarProperties(
    List<Feed> feeds,
    @DefaultValue("PT30M") Duration pollInterval,
    @DefaultValue("P366D") Duration horizon,
    @DefaultValue("PT20S") Duration timeout,
    @DefaultValue Limits limits) {

  public CalendarProperties {
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    limits = limits == null ? Limits.DEFAULT : limits;
  }

  /**
   * What one file may make: {@code events} VEVENTs, {@code occurrences} of one recurring event in
   * the window, {@code meetings} in all, read within {@code budget}; a polled feed may be at most
   * {@code feedBytes} long. Beyond any of them the whole file is refused and nothing is applied.
   */
  public record Limits(
      @DefaultValue("2000") int events,
      @DefaultValue("500") int occurrences,
      @DefaultValue("5000") int meetings,
      @DefaultValue("PT5S") Duration budget,
      @DefaultValue("5242880") long feedBytes) {

    public static final Limits DEFAULT =
        new Limits(2000, 500, 5000, Duration.ofSeconds(5), 5L * 1024 * 1024);
  }

  /** One feed: the tenant and body its events belong to, and where to fetch it. */
  public record Feed(String tenantId, String bodyId, URI url) {}
}
