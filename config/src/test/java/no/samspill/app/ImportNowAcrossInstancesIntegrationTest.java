package no.samspill.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.imports.ImportFromSources;
import no.samspill.core.imports.ImportFromSources.ImportNow;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ManageImportSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database, a coordinator pressing "import now" on each for one source at
 * once, against a feed that answers slowly: the feed is fetched once, the other press is told an
 * import is running, and once it is done either instance can import again.
 */
class ImportNowAcrossInstancesIntegrationTest {

  private static final String FEED = "/claims-slow.ics";
  private static final String[] QUIET = {
    "samspill.imports.allow-loopback=true", "samspill.calendar.poll-interval=P1D"
  };

  @TempDir Path dir;

  @Test
  void twoInstancesPressingImportNowForOneSourceFetchItsFeedOnce() throws Exception {
    WireMockServer calendars = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    calendars.start();
    calendars.stubFor(
        get(urlEqualTo(FEED))
            .willReturn(
                aResponse()
                    .withFixedDelay(2_000)
                    .withHeader("Content-Type", "text/calendar")
                    .withBody(SourcesFixture.calendar(1))));
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    RecordingChannel channel = new RecordingChannel();
    String database = TestApp.newDatabase();
    TenantId tenant = new TenantId("test-claims-" + UUID.randomUUID().toString().substring(0, 8));
    try (ConfigurableApplicationContext first =
            TestApp.start(dir.resolve("c.mv"), database, clock, channel, QUIET);
        ConfigurableApplicationContext second =
            TestApp.startOnServerOf(first, database, clock, channel, QUIET)) {
      try {
        first
            .getBean(Tenants.class)
            .save(new Tenant(tenant, "Kravik", null, null, clock.instant()));
        BodyId body = new BodyId("test-claims-body-" + tenant.value());
        first
            .getBean(PoliticalBodies.class)
            .save(new PoliticalBody(body, tenant, "Kommunestyret", BodyKind.KOMMUNESTYRE));
        ImportSource source =
            first
                .getBean(ManageImportSources.class)
                .add(
                    tenant,
                    new ManageImportSources.Draft(
                        ImportSource.Kind.ICS,
                        body.value(),
                        calendars.baseUrl() + FEED,
                        null,
                        null));

        List<ImportNow> presses = pressAtOnce(List.of(first, second), tenant, source.id());

        assertThat(presses).filteredOn(ImportNow::alreadyRunning).hasSize(1);
        assertThat(presses)
            .filteredOn(p -> !p.alreadyRunning())
            .singleElement()
            .satisfies(p -> assertThat(p.run().orElseThrow().created()).isEqualTo(1));
        calendars.verify(1, getRequestedFor(urlEqualTo(FEED)));

        ImportNow later =
            second.getBean(ImportFromSources.class).importNow(tenant, source.id()).orElseThrow();
        assertThat(later.alreadyRunning()).as("the claim was let go").isFalse();
        assertThat(later.run().orElseThrow().unchanged()).isEqualTo(1);
        calendars.verify(2, getRequestedFor(urlEqualTo(FEED)));
      } finally {
        first.getBean(TenantErasure.class).erase(tenant);
      }
    } finally {
      calendars.stop();
    }
  }

  private static List<ImportNow> pressAtOnce(
      List<ConfigurableApplicationContext> apps, TenantId tenant, String id) throws Exception {
    CyclicBarrier together = new CyclicBarrier(apps.size());
    ExecutorService pool = Executors.newFixedThreadPool(apps.size());
    try {
      List<Future<ImportNow>> presses = new ArrayList<>();
      for (ConfigurableApplicationContext app : apps) {
        ImportFromSources imports = app.getBean(ImportFromSources.class);
        presses.add(
            pool.submit(
                () -> {
                  together.await();
                  return imports.importNow(tenant, id).orElseThrow();
                }));
      }
      List<ImportNow> done = new ArrayList<>();
      for (Future<ImportNow> press : presses) {
        done.add(press.get());
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }
}
