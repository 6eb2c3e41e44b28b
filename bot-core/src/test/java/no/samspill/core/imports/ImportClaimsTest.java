package no.samspill.core.imports;

import static no.samspill.core.imports.ImportSourcesTest.meetings;
import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.TenantId;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.MutableClock;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One import of a source at a time: "import now" and the polling round claim the source first; a
 * claim left by an instance that died expires after the reader's longest read plus five minutes.
 */
class ImportClaimsTest {

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final MutableClock clock = chat.clock();
  private final TenantId tenant = TestTenants.LILLEVIK;
  private final PoliticalBody council =
      new PoliticalBody(BodyId.random(), tenant, "Kommunestyret", BodyKind.KOMMUNESTYRE);
  private final InMemoryImportSources sources = new InMemoryImportSources();
  private final InMemoryImportRuns runs = new InMemoryImportRuns();
  private final FakeSourceReader reader = new FakeSourceReader();
  private ImportFromSources imports;
  private ImportSource source;

  @BeforeEach
  void setUp() {
    store.bodies().save(council);
    chat.register(aLeader().named("Kari"));
    ImportMeetings meetings =
        new ImportMeetings(
            store.tenants(),
            store.bodies(),
            store.meetings(),
            store.planNudges(date -> false, clock),
            clock);
    imports =
        new ImportFromSources(sources, runs, List.of(reader), meetings, store.bodies(), clock);
    source =
        new ManageImportSources(sources, runs, store.bodies(), List.of(reader), false)
            .add(
                tenant,
                new ManageImportSources.Draft(
                    ImportSource.Kind.ICS,
                    council.id().value(),
                    "https://a.example.no/a.ics",
                    null,
                    null));
    reader.feed = meetings("uid-1");
  }

  private ImportFromSources.ImportNow importNow() {
    return imports.importNow(tenant, source.id()).orElseThrow();
  }

  @Test
  void aSecondImportNowWhileOneRunsIsToldItIsRunningAndReadsNothing() {
    AtomicReference<ImportFromSources.ImportNow> second = new AtomicReference<>();
    reader.whileReading = () -> second.set(importNow());

    ImportFromSources.ImportNow first = importNow();

    assertThat(first.alreadyRunning()).isFalse();
    assertThat(first.run().orElseThrow().created()).isEqualTo(1);
    assertThat(second.get().alreadyRunning()).isTrue();
    assertThat(reader.reads.get()).isEqualTo(1);
    assertThat(runs.claims).as("released when done").isEmpty();
  }

  @Test
  void aPollingRoundLeavesASourceAloneWhileItsImportNowRuns() {
    AtomicReference<List<ImportRun>> polled = new AtomicReference<>();
    reader.whileReading = () -> polled.set(imports.pollRound(ImportSource.Kind.ICS));

    importNow();

    assertThat(polled.get()).isEmpty();
    assertThat(reader.reads.get()).isEqualTo(1);
  }

  @Test
  void anImportNowAfterTheLastOneEndedRunsAgain() {
    importNow();
    reader.failure = UnreadableSourceException.httpStatus("HTTP 500", 500);
    assertThat(importNow().run().orElseThrow().failure()).isEqualTo(ImportFailure.HTTP_STATUS);

    reader.failure = null;
    assertThat(importNow().alreadyRunning()).isFalse();
    assertThat(reader.reads.get()).isEqualTo(3);
  }

  @Test
  void aClaimLeftByAnInstanceThatDiedBlocksTheSourceUntilItExpires() {
    // The dead instance's claim: the reader's longest read (1 minute) plus five to apply.
    assertThat(new SourceClaims(runs, clock).claim(source, reader.longestRead())).isPresent();

    clock.advance(Duration.ofMinutes(6).minusSeconds(1));
    assertThat(importNow().alreadyRunning()).isTrue();
    assertThat(imports.pollRound(ImportSource.Kind.ICS)).isEmpty();
    assertThat(reader.reads.get()).isZero();

    clock.advance(Duration.ofSeconds(2));
    ImportFromSources.ImportNow taken = importNow();

    assertThat(taken.alreadyRunning()).isFalse();
    assertThat(reader.reads.get()).isEqualTo(1);
    assertThat(runs.claims).isEmpty();
  }

  @Test
  void aClaimThatHasNotExpiredIsNotTakenOverAndALaterOneIsNeverRemovedByTheOld() {
    SourceClaims claims = new SourceClaims(runs, clock);
    String old = claims.claim(source, Duration.ZERO).orElseThrow();
    clock.advance(Duration.ofMinutes(6));
    String fresh = claims.claim(source, Duration.ZERO).orElseThrow();

    claims.release(old);

    assertThat(runs.findClaim(source.runKey()).orElseThrow().id()).isEqualTo(fresh);
    assertThat(claims.claim(source, Duration.ZERO)).isEmpty();
  }

  @Test
  void aRunThatFailsInsideSamspillStillReleasesItsClaim() {
    reader.whileReading =
        () -> {
          throw new IllegalStateException("a bug");
        };

    assertThat(importNow().run().orElseThrow().failure()).isEqualTo(ImportFailure.FAILED);
    assertThat(runs.claims).isEmpty();
    assertThat(importNow().alreadyRunning()).isFalse();
  }
}
