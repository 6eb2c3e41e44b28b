package no.samspill.core.imports;

import static no.samspill.core.imports.ImportSourcesTest.meetings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.samspill.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One import of a source at a time: "import now" and the polling round claim the source first; a
 * claim left by an instance that died expires after the reader's longest read plus five minutes.
 */
class ImportClaimsTest {

  private final SourcesHarness h = new SourcesHarness();
  private final MutableClock clock = h.clock;
  private final InMemoryImportRuns runs = h.runs;
  private final FakeSourceReader reader = h.reader;
  private final ImportFromSources imports = h.imports;
  private final ImportSource source = h.manage.add(h.tenant, h.feed("https://a.example.no/a.ics"));

  @BeforeEach
  void setUp() {
    reader.feed = meetings("uid-1");
  }

  private ImportFromSources.ImportNow importNow() {
    return imports.importNow(h.tenant, source.id()).orElseThrow();
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
