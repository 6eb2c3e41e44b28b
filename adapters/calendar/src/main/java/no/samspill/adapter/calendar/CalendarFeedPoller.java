package no.samspill.adapter.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.CalendarReader;
import no.samspill.core.imports.ImportMeetings;
import no.samspill.core.imports.ImportPolling;
import no.samspill.core.imports.ImportReport;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.UnreadableSourceException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Fetches every configured feed on a fixed interval and imports it. A feed that cannot be fetched
 * or read is reported and its body's meetings are left as they were.
 */
final class CalendarFeedPoller implements DisposableBean {

  private final CalendarProperties properties;
  private final CalendarReader reader;
  private final ImportMeetings importMeetings;
  private final Clock clock;
  private final HttpClient http;
  private final ImportPolling polling;

  CalendarFeedPoller(
      CalendarProperties properties,
      CalendarReader reader,
      ImportMeetings importMeetings,
      Clock clock) {
    this.properties = properties;
    this.reader = reader;
    this.importMeetings = importMeetings;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.polling = new ImportPolling("calendar-feeds", properties.pollInterval(), this::pollAll);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.feeds().isEmpty()) {
      polling.start();
    }
  }

  @Override
  public void destroy() {
    polling.close();
  }

  List<ImportReport> pollAll() {
    return properties.feeds().stream().map(this::poll).toList();
  }

  ImportReport poll(CalendarProperties.Feed feed) {
    String source = "ics:" + feed.bodyId();
    Instant now = clock.instant();
    Instant until = now.plus(properties.horizon());
    MeetingFeed meetings;
    try {
      meetings = reader.read(fetch(feed), now, until);
    } catch (UnreadableSourceException e) {
      return importMeetings.unreadable(source, e.getMessage());
    }
    return importMeetings.apply(
        new ImportMeetings.Command(
            new TenantId(feed.tenantId()),
            new BodyId(feed.bodyId()),
            source,
            now,
            until,
            meetings));
  }

  /** A hostile or broken feed can neither fill the heap nor hold the poller by trickling. */
  private byte[] bounded(CalendarProperties.Feed feed, InputStream body) throws IOException {
    long limit = properties.limits().feedBytes();
    long deadline = System.nanoTime() + properties.timeout().toNanos();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[16 * 1024];
    for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
      out.write(chunk, 0, n);
      if (out.size() > limit) {
        throw new UnreadableSourceException(
            "The feed " + feed.url() + " is longer than " + limit + " bytes");
      }
      if (System.nanoTime() - deadline > 0) {
        throw new UnreadableSourceException(
            "The feed " + feed.url() + " took longer than " + properties.timeout() + " to read");
      }
    }
    return out.toByteArray();
  }

  private byte[] fetch(CalendarProperties.Feed feed) {
    HttpRequest request =
        HttpRequest.newBuilder(feed.url())
            .timeout(properties.timeout())
            .header("Accept", "text/calendar")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new UnreadableSourceException(
              "The feed " + feed.url() + " answered HTTP " + response.statusCode());
        }
        return bounded(feed, body);
      }
    } catch (IOException e) {
      throw new UnreadableSourceException("The feed " + feed.url() + " could not be fetched", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableSourceException("Interrupted while fetching " + feed.url(), e);
    }
  }
}
