package no.samspill.core.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.directory.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: imports from a tenant's sources, stored and configured alike, now (a coordinator's
 * "import now") or in polling rounds, each source's round run by one instance only; every run is
 * recorded as the source's last run.
 */
public class ImportFromSources {

  /** A source with its last run, if it ran. */
  public record SourceStatus(ImportSource source, Optional<ImportRun> lastRun) {}

  private static final Logger log = LoggerFactory.getLogger(ImportFromSources.class);

  private final ImportSources sources;
  private final ImportRuns runs;
  private final List<SourceReader> readers;
  private final ImportMeetings importMeetings;
  private final PoliticalBodies bodies;
  private final Clock clock;

  public ImportFromSources(
      ImportSources sources,
      ImportRuns runs,
      List<SourceReader> readers,
      ImportMeetings importMeetings,
      PoliticalBodies bodies,
      Clock clock) {
    this.sources = sources;
    this.runs = runs;
    this.readers = List.copyOf(readers);
    this.importMeetings = importMeetings;
    this.bodies = bodies;
    this.clock = clock;
  }

  /** The tenant's sources, the deployment's configured ones first, with their last runs. */
  public List<SourceStatus> list(TenantId tenant) {
    Map<String, ImportRun> last = runs.lastRuns(tenant);
    return all(tenant)
        .map(s -> new SourceStatus(s, Optional.ofNullable(last.get(s.runKey()))))
        .toList();
  }

  /** One of the tenant's sources, stored or configured; empty if it has none by that id. */
  public Optional<ImportSource> find(TenantId tenant, String id) {
    return all(tenant).filter(s -> s.id().equals(id)).findFirst();
  }

  /** Imports the source at once; empty if the tenant has no source by that id. */
  public Optional<ImportRun> importNow(TenantId tenant, String id) {
    return find(tenant, id).map(this::run);
  }

  /**
   * One polling round of every tenant's sources of the reader's kind: a source whose round another
   * instance claimed is left to it. Returns the runs this instance made.
   */
  public List<ImportRun> pollRound(ImportSource.Kind kind) {
    Optional<SourceReader> reader = reader(kind);
    if (reader.isEmpty()) {
      return List.of();
    }
    long round = round(clock.instant(), reader.get().pollInterval());
    List<ImportRun> made = new ArrayList<>();
    for (ImportSource source :
        Stream.concat(reader.get().configured().stream(), sources.findByKind(kind).stream())
            .toList()) {
      try {
        if (runs.claimRound(source.tenant(), source.runKey(), round)) {
          made.add(run(source));
        }
      } catch (RuntimeException e) {
        // One source's storage failure must not stop the others; the class only, no content.
        log.error("Polling {} failed: {}", source.runKey(), e.getClass().getName());
      }
    }
    return made;
  }

  /** Rounds are counted from the epoch, so every instance numbers them alike. */
  static long round(Instant now, Duration every) {
    return now.getEpochSecond() / Math.max(1, every.toSeconds());
  }

  private Stream<ImportSource> all(TenantId tenant) {
    Stream<ImportSource> configured =
        readers.stream()
            .flatMap(r -> r.configured().stream())
            .filter(s -> s.tenant().equals(tenant));
    return Stream.concat(configured, sources.findByTenant(tenant).stream());
  }

  private Optional<SourceReader> reader(ImportSource.Kind kind) {
    return readers.stream().filter(r -> r.kind() == kind).findFirst();
  }

  private ImportRun run(ImportSource source) {
    ImportRun run = attempt(source);
    runs.record(source.tenant(), source.runKey(), run);
    return run;
  }

  private ImportRun attempt(ImportSource source) {
    Instant now = clock.instant();
    Optional<SourceReader> reader = reader(source.kind());
    if (bodies.findById(source.tenant(), source.body()).isEmpty()) {
      importMeetings.unreadable(source.name(), "unknown body " + source.body().value());
      return ImportRun.failed(now, ImportFailure.UNKNOWN_BODY, null);
    }
    if (reader.isEmpty()) {
      return ImportRun.failed(now, ImportFailure.FAILED, null);
    }
    Instant until = now.plus(reader.get().horizon());
    MeetingFeed feed;
    try {
      feed = reader.get().read(source, now, until);
    } catch (UnreadableSourceException e) {
      ImportPolling.log(importMeetings.unreadable(source.name(), e.getMessage()));
      return ImportRun.failed(now, e.failure(), e.detail());
    } catch (RuntimeException e) {
      log.error("Import of {} failed: {}", source.name(), e.getClass().getName());
      return ImportRun.failed(now, ImportFailure.FAILED, null);
    }
    ImportReport report =
        importMeetings.apply(
            new ImportMeetings.Command(
                source.tenant(), source.body(), source.name(), now, until, feed));
    ImportPolling.log(report);
    return report.succeeded()
        ? ImportRun.of(report, now)
        : ImportRun.failed(now, ImportFailure.FAILED, null);
  }
}
