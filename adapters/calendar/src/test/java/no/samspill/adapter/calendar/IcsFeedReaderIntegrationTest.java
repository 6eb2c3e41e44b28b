package no.samspill.adapter.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportFailure;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.UnreadableSourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feed reader against a real HTTP server: a good feed is read, a failing one says why. */
class IcsFeedReaderIntegrationTest {

  private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant TO = FROM.plus(Duration.ofDays(366));

  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private IcsFeedReader reader(CalendarProperties.Limits limits, Duration timeout) {
    CalendarProperties properties =
        new CalendarProperties(
            List.of(
                new CalendarProperties.Feed(
                    "fjordvik", "fsk", URI.create(server.baseUrl() + "/calendar.ics"))),
            Duration.ofMinutes(30),
            Duration.ofDays(366),
            timeout,
            limits);
    return new IcsFeedReader(properties, new IcsCalendarReader(CalendarProperties.Limits.DEFAULT));
  }

  private IcsFeedReader reader() {
    return reader(null, Duration.ofSeconds(5));
  }

  private static ImportSource stored(String url) {
    return new ImportSource(
        "s1",
        new TenantId("fjordvik"),
        ImportSource.Kind.ICS,
        new BodyId("fsk"),
        url,
        null,
        null,
        false);
  }

  private UnreadableSourceException failure(IcsFeedReader reader) {
    return catchThrowableOfType(
        UnreadableSourceException.class, () -> reader.read(reader.configured().get(0), FROM, TO));
  }

  @Test
  void offersTheConfiguredFeedsUnderTheNameTheirMeetingsWereImportedWith() {
    assertThat(reader().configured())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.configured()).isTrue();
              assertThat(s.name()).isEqualTo("ics:fsk");
              assertThat(s.tenant().value()).isEqualTo("fjordvik");
            });
  }

  @Test
  void readsACompleteFeed() throws Exception {
    server.stubFor(
        get(urlEqualTo("/stored.ics"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/calendar; charset=utf-8")
                    .withBody(IcsCalendarReaderTest.resource("outlook-formannskapet.ics"))));

    MeetingFeed feed = reader().read(stored(server.baseUrl() + "/stored.ics"), FROM, TO);

    assertThat(feed.meetings()).hasSize(4);
    assertThat(feed.complete()).isTrue();
  }

  @Test
  void anHttpErrorNamesItsStatus() {
    server.stubFor(get(urlEqualTo("/calendar.ics")).willReturn(aResponse().withStatus(503)));

    UnreadableSourceException e = failure(reader());

    assertThat(e.failure()).isEqualTo(ImportFailure.HTTP_STATUS);
    assertThat(e.detail()).isEqualTo("503");
    assertThat(e.getMessage()).contains("HTTP 503").doesNotContain(server.baseUrl());
  }

  @Test
  void aFeedThatAnswersWithALoginPageIsNotReadable() {
    server.stubFor(
        get(urlEqualTo("/calendar.ics"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>Logg inn</html>")));

    UnreadableSourceException e = failure(reader());

    assertThat(e.failure()).isEqualTo(ImportFailure.NOT_READABLE);
    assertThat(e.getMessage()).contains("Not an iCalendar");
  }

  @Test
  void aFeedThatDoesNotAnswerInTimeTimesOut() {
    server.stubFor(
        get(urlEqualTo("/calendar.ics"))
            .willReturn(aResponse().withFixedDelay(3_000).withBody("BEGIN:VCALENDAR")));

    assertThat(failure(reader(null, Duration.ofMillis(500))).failure())
        .isEqualTo(ImportFailure.TIMEOUT);
  }

  @Test
  void aFeedNoOneAnswersAtIsUnreachable() {
    IcsFeedReader reader = reader();
    server.stop();

    assertThat(failure(reader).failure()).isEqualTo(ImportFailure.UNREACHABLE);
  }

  @Test
  void refusesAFeedLongerThanItsLimitWithoutReadingItAll() {
    server.stubFor(
        get(urlEqualTo("/calendar.ics"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/calendar")
                    .withBody("BEGIN:VCALENDAR\r\n" + "X-FILL:".repeat(100_000))));
    CalendarProperties.Limits small =
        new CalendarProperties.Limits(2000, 500, 5000, Duration.ofSeconds(5), 64 * 1024);

    UnreadableSourceException e = failure(reader(small, Duration.ofSeconds(5)));

    assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LARGE);
    assertThat(e.getMessage()).contains("longer than 65536 bytes");
  }
}
