package no.samspill.adapter.einnsyn;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportMeetings;
import no.samspill.core.imports.ImportReport;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.UnreadableSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Imports every configured eInnsyn source on a fixed interval; a failed one changes nothing. */
final class EinnsynPoller implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EinnsynPoller.class);

  private final EinnsynProperties properties;
  private final EinnsynClient client;
  private final MoetemappeReader reader;
  private final ImportMeetings importMeetings;
  private final Clock clock;
  private ScheduledExecutorService timer;

  EinnsynPoller(EinnsynProperties properties, ImportMeetings importMeetings, Clock clock) {
    this.properties = properties;
    this.client = new EinnsynClient(properties);
    this.reader = new MoetemappeReader(properties.meetingLength());
    this.importMeetings = importMeetings;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (properties.sources().isEmpty()) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "einnsyn-import"));
    long every = properties.pollInterval().toSeconds();
    timer.scheduleWithFixedDelay(this::pollSafely, 0, every, TimeUnit.SECONDS);
  }

  @Override
  public void destroy() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void pollSafely() {
    try {
      pollAll();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again; log and keep polling.
      log.error("eInnsyn import failed", e);
    }
  }

  List<ImportReport> pollAll() {
    List<ImportReport> reports = new ArrayList<>();
    for (EinnsynProperties.Source source : properties.sources()) {
      ImportReport report = poll(source);
      if (report.succeeded()) {
        log.info(
            "Imported {}: {} new, {} moved, {} cancelled, problems {}",
            report.source(),
            report.created(),
            report.updated(),
            report.cancelled(),
            report.problems());
      } else {
        log.warn("Import of {} failed, meetings kept: {}", report.source(), report.failure());
      }
      reports.add(report);
    }
    return reports;
  }

  ImportReport poll(EinnsynProperties.Source source) {
    String name = "einnsyn:" + source.bodyId();
    Instant now = clock.instant();
    Instant until = now.plus(properties.horizon());
    MeetingFeed feed;
    try {
      feed = reader.read(client.meetings(source.administrativeUnit()), source.utvalg(), now, until);
    } catch (UnreadableSourceException e) {
      return ImportReport.failed(name, e.getMessage());
    }
    return importMeetings.apply(
        new ImportMeetings.Command(
            new TenantId(source.tenantId()), new BodyId(source.bodyId()), name, now, until, feed));
  }
}
