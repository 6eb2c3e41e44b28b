package no.samspill.adapter.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.imports.CalendarReader;
import no.samspill.core.imports.ImportFailure;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.SourceReader;
import no.samspill.core.imports.UnreadableSourceException;

/**
 * Fetches an iCalendar feed over HTTP and reads it. A feed that cannot be fetched or read throws,
 * and its body's meetings are left as they were. The feed's address is never put in a message: its
 * query may hold the calendar's secret.
 */
final class IcsFeedReader implements SourceReader {

  private final CalendarProperties properties;
  private final CalendarReader reader;
  private final HttpClient http;
  private final List<ImportSource> configured;

  IcsFeedReader(CalendarProperties properties, CalendarReader reader) {
    this.properties = properties;
    this.reader = reader;
    this.configured = configured(properties);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public ImportSource.Kind kind() {
    return ImportSource.Kind.ICS;
  }

  @Override
  public Duration pollInterval() {
    return properties.pollInterval();
  }

  @Override
  public Duration horizon() {
    return properties.horizon();
  }

  /**
   * Connecting, the answer's head and its body each within the timeout, then the reading budget.
   */
  @Override
  public Duration longestRead() {
    return properties.timeout().multipliedBy(3).plus(properties.limits().budget());
  }

  @Override
  public List<ImportSource> configured() {
    return configured;
  }

  private static List<ImportSource> configured(CalendarProperties properties) {
    return properties.feeds().stream()
        .flatMap(
            f ->
                ImportSource.fromConfiguration(
                    ImportSource.Kind.ICS,
                    f.tenantId(),
                    f.bodyId(),
                    f.url() == null ? null : f.url().toString(),
                    null,
                    null)
                    .stream())
        .toList();
  }

  @Override
  public MeetingFeed read(ImportSource source, Instant from, Instant to) {
    return reader.read(fetch(source), from, to);
  }

  private byte[] fetch(ImportSource source) {
    String feed = "The feed of " + source.name();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(source.url()))
            .timeout(properties.timeout())
            .header("Accept", "text/calendar")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw UnreadableSourceException.httpStatus(
              feed + " answered HTTP " + response.statusCode(), response.statusCode());
        }
        return bounded(feed, body);
      }
    } catch (IOException e) {
      throw new UnreadableSourceException(feed + " could not be fetched: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableSourceException("Interrupted while fetching " + source.name(), e);
    }
  }

  /** A hostile or broken feed can neither fill the heap nor hold the poller by trickling. */
  private byte[] bounded(String feed, InputStream body) throws IOException {
    long limit = properties.limits().feedBytes();
    long deadline = System.nanoTime() + properties.timeout().toNanos();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[16 * 1024];
    for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
      out.write(chunk, 0, n);
      if (out.size() > limit) {
        throw new UnreadableSourceException(
            feed + " is longer than " + limit + " bytes", ImportFailure.TOO_LARGE, null, null);
      }
      if (System.nanoTime() - deadline > 0) {
        throw new UnreadableSourceException(
            feed + " took longer than " + properties.timeout() + " to read",
            ImportFailure.TIMEOUT,
            null,
            null);
      }
    }
    return out.toByteArray();
  }
}
