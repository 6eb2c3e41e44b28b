package no.samspill.adapter.einnsyn;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportMeetings;
import no.samspill.core.imports.ImportPolling;
import no.samspill.core.imports.ImportReport;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.UnreadableSourceException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Imports every configured eInnsyn source on a fixed interval; a failed one changes nothing. */
final class EinnsynPoller implements DisposableBean {

  private final EinnsynProperties properties;
  private final EinnsynClient client;
  private final MoetemappeReader reader;
  private final ImportMeetings importMeetings;
  private final Clock clock;
  private final ImportPolling polling;

  EinnsynPoller(EinnsynProperties properties, ImportMeetings importMeetings, Clock clock) {
    this.properties = properties;
    this.client = new EinnsynClient(properties);
    this.reader = new MoetemappeReader(properties.meetingLength());
    this.importMeetings = importMeetings;
    this.clock = clock;
    this.polling = new ImportPolling("einnsyn-import", properties.pollInterval(), this::pollAll);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.sources().isEmpty()) {
      polling.start();
    }
  }

  @Override
  public void destroy() {
    polling.close();
  }

  List<ImportReport> pollAll() {
    return properties.sources().stream().map(this::poll).toList();
  }

  ImportReport poll(EinnsynProperties.Source source) {
    String name = "einnsyn:" + source.bodyId();
    Instant now = clock.instant();
    Instant until = now.plus(properties.horizon());
    MeetingFeed feed;
    try {
      feed = reader.read(client.meetings(source.administrativeUnit()), source.utvalg(), now, until);
    } catch (UnreadableSourceException e) {
      return importMeetings.unreadable(name, e.getMessage());
    }
    return importMeetings.apply(
        new ImportMeetings.Command(
            new TenantId(source.tenantId()), new BodyId(source.bodyId()), name, now, until, feed));
  }
}
