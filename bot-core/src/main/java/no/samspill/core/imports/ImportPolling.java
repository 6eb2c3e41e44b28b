package no.samspill.core.imports;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a poller's rounds at once and then a few times per interval, on one thread of its own: often
 * enough that a round starts soon after its time, whichever instance looks first (the round's
 * claims decide who imports).
 */
public final class ImportPolling implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ImportPolling.class);

  private final String name;
  private final Duration every;
  private final Runnable imports;
  private ScheduledExecutorService timer;

  public ImportPolling(String name, Duration interval, Runnable imports) {
    this.name = name;
    this.every = lookEvery(interval);
    this.imports = imports;
  }

  static Duration lookEvery(Duration interval) {
    Duration quarter = interval.dividedBy(4);
    return quarter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : quarter;
  }

  public synchronized void start() {
    if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, name));
      timer.scheduleWithFixedDelay(this::runSafely, 0, every.toSeconds(), TimeUnit.SECONDS);
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void runSafely() {
    try {
      imports.run();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again; log and keep polling.
      log.error("{} failed", name, e);
    }
  }

  /** One line per import: what changed, or why nothing did. */
  public static void log(ImportReport report) {
    if (report.succeeded()) {
      log.info(
          "Imported {}: {} new, {} moved, {} cancelled, {} unchanged, problems {}",
          report.source(),
          report.created(),
          report.updated(),
          report.cancelled(),
          report.unchanged(),
          report.problems());
    } else {
      log.warn(
          "Import of {} failed, meetings kept as they were: {}", report.source(), report.failure());
    }
  }
}
