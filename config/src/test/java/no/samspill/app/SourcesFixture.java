package no.samspill.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.imports.ImportRuns;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ImportSources;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The import source tests' fake calendar server and their own bodies in the sample municipality,
 * removed afterwards with everything imported into them (the test database may be shared).
 */
public final class SourcesFixture {

  /** A body of these tests alone; the deployment's configured feed imports into it. */
  static final BodyId ENV_BODY = new BodyId("test-sources-env");

  static final BodyId BODY = new BodyId("test-sources-body");
  static final String BODY_NAME = "Testutvalget for kilder";

  static final WireMockServer CALENDARS =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());

  private static final DateTimeFormatter ICS =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private SourcesFixture() {}

  /** Starts the fake server: a good feed, a missing one, a login page and a slow one. */
  static WireMockServer start() {
    if (!CALENDARS.isRunning()) {
      CALENDARS.start();
    }
    CALENDARS.resetAll();
    CALENDARS.stubFor(
        get(urlEqualTo("/fsk.ics"))
            .willReturn(
                aResponse().withHeader("Content-Type", "text/calendar").withBody(calendar(2))));
    CALENDARS.stubFor(
        get(urlEqualTo("/env.ics"))
            .willReturn(
                aResponse().withHeader("Content-Type", "text/calendar").withBody(calendar(1))));
    CALENDARS.stubFor(get(urlEqualTo("/gone.ics")).willReturn(aResponse().withStatus(404)));
    CALENDARS.stubFor(
        get(urlEqualTo("/login.ics"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Logg inn med Microsoft</body></html>")));
    CALENDARS.stubFor(
        get(urlEqualTo("/slow.ics"))
            .willReturn(aResponse().withFixedDelay(20_000).withBody(calendar(1))));
    return CALENDARS;
  }

  static String url(String path) {
    return CALENDARS.baseUrl() + path;
  }

  /** A calendar of {@code count} meetings in the coming weeks. */
  public static String calendar(int count) {
    Instant start = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    StringBuilder ics =
        new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Samspill test//NO\r\n");
    for (int i = 0; i < count; i++) {
      Instant at = start.plus(7L * i, ChronoUnit.DAYS);
      ics.append("BEGIN:VEVENT\r\nUID:test-sources-")
          .append(i)
          .append("\r\nSUMMARY:Testmøte ")
          .append(i + 1)
          .append("\r\nDTSTART:")
          .append(ICS.format(at))
          .append("\r\nDTEND:")
          .append(ICS.format(at.plus(2, ChronoUnit.HOURS)))
          .append("\r\nEND:VEVENT\r\n");
    }
    return ics.append("END:VCALENDAR\r\n").toString();
  }

  static void addBodies(PoliticalBodies bodies) {
    bodies.save(new PoliticalBody(BODY, ConsoleFixture.SAMPLE, BODY_NAME, BodyKind.UTVALG));
    bodies.save(
        new PoliticalBody(ENV_BODY, ConsoleFixture.SAMPLE, "Testutvalget fra miljøet", null));
  }

  /** Removes the tests' sources, their runs, and the bodies with their meetings. */
  static void clean(ImportSources sources, ImportRuns runs, MongoTemplate mongo) {
    for (var tenant : java.util.List.of(ConsoleFixture.SAMPLE, ConsoleFixture.HAVNES)) {
      for (ImportSource source : sources.findByTenant(tenant)) {
        if (source.body().equals(BODY) || source.body().equals(ENV_BODY)) {
          sources.remove(tenant, source.id());
          runs.forget(tenant, source.runKey());
        }
      }
    }
    runs.forget(ConsoleFixture.SAMPLE, ConsoleFixture.SAMPLE.value() + "|ics:" + ENV_BODY.value());
    Query ours =
        Query.query(
            Criteria.where("tenantId")
                .is(ConsoleFixture.SAMPLE.value())
                .and("bodyId")
                .in(BODY.value(), ENV_BODY.value()));
    mongo.remove(ours, "meetings");
    mongo.remove(Query.query(Criteria.where("_id").in(BODY.value(), ENV_BODY.value())), "bodies");
  }
}
