package no.samspill.adapter.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.imports.ImportMeetings;
import no.samspill.core.imports.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The poller against a real HTTP server: a good feed is imported, a failing one never is. */
class CalendarFeedPollerIntegrationTest {

  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private final List<ImportMeetings.Command> applied = new ArrayList<>();

  /** Records what would be applied; the use case itself is tested in bot-core. */
  private final ImportMeetings recorder =
      new ImportMeetings(null, null, null, null, null) {
        @Override
        public ImportReport apply(Command command) {
          applied.add(command);
          return new ImportReport(
              command.source(), command.feed().meetings().size(), 0, 0, 0, List.of(), null);
        }
      };

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private CalendarFeedPoller poller(String path) {
    return poller(path, null);
  }

  private CalendarFeedPoller poller(String path, CalendarProperties.Limits limits) {
    CalendarProperties properties =
        new CalendarProperties(
            List.of(
                new CalendarProperties.Feed(
                    "fjordvik", "fsk", URI.create(server.baseUrl() + path))),
            Duration.ofMinutes(30),
            Duration.ofDays(366),
            Duration.ofSeconds(5),
            limits);
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    return new CalendarFeedPoller(
        properties, new IcsCalendarReader(CalendarProperties.Limits.DEFAULT), recorder, clock);
  }

  @Test
  void importsACompleteFeedIntoItsBody() throws Exception {
    server.stubFor(
        get(urlEqualTo("/calendar.ics"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/calendar; charset=utf-8")
                    .withBody(IcsCalendarReaderTest.resource("outlook-formannskapet.ics"))));

    List<ImportReport> reports = poller("/calendar.ics").pollAll();

    assertThat(reports).singleElement().extracting(ImportReport::created).isEqualTo(4);
    assertThat(applied)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.body().value()).isEqualTo("fsk");
              assertThat(c.tenant().value()).isEqualTo("fjordvik");
              assertThat(c.feed().complete()).isTrue();
            });
  }

  @Test
  void reportsAnHttpErrorAndAppliesNothing() {
    server.stubFor(get(urlEqualTo("/calendar.ics")).willReturn(aResponse().withStatus(503)));

    List<ImportReport> reports = poller("/calendar.ics").pollAll();

    assertThat(reports)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.succeeded()).isFalse();
              assertThat(r.failure()).contains("HTTP 503");
            });
    assertThat(applied).isEmpty();
  }

  @Test
  void reportsAFeedThatAnswersWithALoginPageAndAppliesNothing() {
    server.stubFor(
        get(urlEqualTo("/calendar.ics"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>Logg inn</html>")));

    List<ImportReport> reports = poller("/calendar.ics").pollAll();

    assertThat(reports)
        .singleElement()
        .extracting(ImportReport::failure)
        .asString()
        .contains("Not an iCalendar");
    assertThat(applied).isEmpty();
  }

  @Test
  void refusesAFeedLongerThanItsLimitWithoutReadingItAllAndAppliesNothing() {
    server.stubFor(
        get(urlEqualTo("/calendar.ics"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/calendar")
                    .withBody("BEGIN:VCALENDAR\r\n" + "X-FILL:".repeat(100_000))));
    CalendarProperties.Limits small =
        new CalendarProperties.Limits(2000, 500, 5000, Duration.ofSeconds(5), 64 * 1024);

    List<ImportReport> reports = poller("/calendar.ics", small).pollAll();

    assertThat(reports)
        .singleElement()
        .extracting(ImportReport::failure)
        .asString()
        .contains("longer than 65536 bytes");
    assertThat(applied).isEmpty();
  }
}
