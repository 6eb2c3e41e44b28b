package no.samspill.core.delivery;

import java.time.Duration;

/**
 * Port: each HTTP call Samspill makes to a chat platform, counted for its operators (metrics) by
 * platform, method and status, so throttling (429) and outages show. Never what was sent.
 */
public interface PlatformCalls {

  /** Counts nothing: for tests and tools that need no metrics. */
  PlatformCalls NONE = (platform, method, status, took) -> {};

  /** Status of a call that got no HTTP answer (time-out, connection refused). */
  int NO_ANSWER = 0;

  /** One call to {@code platform} ("slack", "teams") answered {@code status} after {@code took}. */
  void answered(String platform, String method, int status, Duration took);
}
