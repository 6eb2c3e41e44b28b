package no.samspill.adapter.calendar;

import java.time.Duration;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.ImportPolling;
import no.samspill.core.imports.ImportSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Polls every iCalendar feed, configured and stored, once per interval across all instances. */
final class CalendarFeedPoller implements DisposableBean {

  private final ImportPolling polling;

  CalendarFeedPoller(ImportFromSources imports, Duration interval) {
    this.polling =
        new ImportPolling(
            "calendar-feeds", interval, () -> imports.pollRound(ImportSource.Kind.ICS));
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    polling.start();
  }

  @Override
  public void destroy() {
    polling.close();
  }
}
