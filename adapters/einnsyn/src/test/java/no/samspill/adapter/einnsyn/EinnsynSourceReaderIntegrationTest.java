package no.samspill.adapter.einnsyn;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.casework.AgendaItem;
import no.samspill.core.imports.ImportMeetings;
import no.samspill.core.imports.ImportProblem;
import no.samspill.core.imports.ImportReport;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ImportedMeeting;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.UnreadableSourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The eInnsyn import against a fake eInnsyn speaking its documented JSON over HTTP. */
class EinnsynSourceReaderIntegrationTest {

  static final String UNIT = "enhet_01hz3m6p8q2r4s6t8v0w2x4y6z";
  static final String HOO = "Hovedutvalg for oppvekst og kultur";

  private final WireMockServer einnsyn =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private final List<ImportMeetings.Command> applied = new ArrayList<>();

  /** Records what would be applied; the use case itself is tested in bot-core. */
  private final ImportMeetings recorder =
      new ImportMeetings(null, null, null, null, null) {
        @Override
        public ImportReport apply(Command command) {
          applied.add(command);
          return new ImportReport(
              command.source(),
              command.feed().meetings().size(),
              0,
              0,
              0,
              command.feed().problems(),
              null);
        }
      };

  @BeforeEach
  void start() {
    einnsyn.start();
  }

  @AfterEach
  void stop() {
    einnsyn.stop();
  }

  /** Reads the configured source and applies what it yielded, as the use case does. */
  private record Poller(EinnsynSourceReader reader, ImportMeetings recorder, Instant now) {
    List<ImportReport> pollAll() {
      return reader.configured().stream().map(this::poll).toList();
    }

    private ImportReport poll(ImportSource source) {
      Instant until = now.plus(reader.horizon());
      try {
        MeetingFeed feed = reader.read(source, now, until);
        return recorder.apply(
            new ImportMeetings.Command(
                source.tenant(), source.body(), source.name(), now, until, feed));
      } catch (UnreadableSourceException e) {
        return ImportReport.failed(source.name(), e.getMessage());
      }
    }
  }

  private Poller poller(String utvalg, int maxPages) {
    EinnsynProperties properties =
        new EinnsynProperties(
            URI.create(einnsyn.baseUrl()),
            "secret_test-key",
            List.of(new EinnsynProperties.Source("fjordvik", "hoo", UNIT, utvalg)),
            Duration.ofHours(1),
            Duration.ofDays(366),
            Duration.ofHours(3),
            2,
            maxPages,
            Duration.ofSeconds(5));
    return new Poller(
        new EinnsynSourceReader(properties), recorder, Instant.parse("2026-03-01T00:00:00Z"));
  }

  private static String json(String name) throws IOException {
    try (InputStream in =
        EinnsynSourceReaderIntegrationTest.class.getResourceAsStream("/einnsyn/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void servesTwoPages() throws IOException {
    servesPages(
        aResponse().withHeader("Content-Type", "application/json").withBody(json("page2.json")));
  }

  private void servesPages(ResponseDefinitionBuilder secondPage) throws IOException {
    einnsyn.stubFor(
        get(urlPathEqualTo("/moetemappe"))
            .withQueryParam(
                "startingAfter", com.github.tomakehurst.wiremock.client.WireMock.absent())
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(json("page1.json"))));
    einnsyn.stubFor(
        get(urlPathEqualTo("/moetemappe"))
            .withQueryParam("startingAfter", equalTo("mm_01jq7k3f5g6h7j8k9m0n1p2q3r"))
            .willReturn(secondPage));
  }

  @Test
  void importsOneBodysMeetingsWithAgendaAcrossPagesWithTheApiKey() throws IOException {
    servesTwoPages();

    ImportReport report = poller(HOO, 10).pollAll().get(0);

    assertThat(report.succeeded()).isTrue();
    ImportMeetings.Command command = applied.get(0);
    assertThat(command.source()).isEqualTo("einnsyn:hoo");
    assertThat(command.feed().complete()).isTrue();
    assertThat(command.feed().meetings())
        .extracting(ImportedMeeting::key, ImportedMeeting::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "mm_01jq7k2d4xf0v3c9t5r8w1y6zb", Instant.parse("2026-04-14T15:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                "mm_01jq7k4a1b2c3d4e5f6g7h8j9k", Instant.parse("2026-05-26T15:00:00Z")));
    assertThat(command.feed().meetings().get(0).agenda())
        .extracting(AgendaItem::number, AgendaItem::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("12/2026", "Skolebruksplan 2026–2036"),
            org.assertj.core.groups.Tuple.tuple("13/2026", "Referatsaker"));
    einnsyn.verify(
        2,
        getRequestedFor(urlPathEqualTo("/moetemappe"))
            .withHeader("X-EIN-API-KEY", equalTo("secret_test-key"))
            .withQueryParam("journalenhet", equalTo(UNIT)));
  }

  @Test
  void namesAMoetemappeWithoutMoetedatoAndReadsLocalTimesAsNorwegian() throws IOException {
    servesTwoPages();

    poller(null, 10).pollAll();

    ImportMeetings.Command command = applied.get(0);
    assertThat(command.feed().problems())
        .extracting(ImportProblem::item, ImportProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Moetemappe mm_01jq7k5z9y8x7w6v5t4s3r2q1p", "it has no moetedato"));
    assertThat(command.feed().meetings())
        .filteredOn(m -> m.key().equals("mm_01jq7k3f5g6h7j8k9m0n1p2q3r"))
        .singleElement()
        .extracting(ImportedMeeting::start)
        .isEqualTo(Instant.parse("2026-04-15T08:00:00Z"));
  }

  @Test
  void aListingCutShortByThePageLimitIsNotTreatedAsComplete() throws IOException {
    servesTwoPages();

    poller(HOO, 1).pollAll();

    assertThat(applied.get(0).feed().complete()).isFalse();
  }

  @Test
  void anHttpErrorOnALaterPageFailsTheImportAndAppliesNothing() throws IOException {
    servesPages(aResponse().withStatus(502));

    ImportReport report = poller(HOO, 10).pollAll().get(0);

    assertThat(report.succeeded()).isFalse();
    assertThat(report.failure()).isEqualTo("eInnsyn answered HTTP 502 for page 2");
    assertThat(applied).isEmpty();
  }

  @Test
  void anAnswerThatIsNotJsonFailsTheImport() {
    einnsyn.stubFor(get(urlPathEqualTo("/moetemappe")).willReturn(aResponse().withBody("<html>")));

    ImportReport report = poller(HOO, 10).pollAll().get(0);

    assertThat(report.failure()).contains("page 1");
    assertThat(applied).isEmpty();
  }
}
