package no.samspill.core.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * "import now") or in polling rounds, each source's round run by one instance only. Every run first
 * claims its source ({@link SourceClaims}), so one import of a source runs at a time in the whole
 * deployment, and is recorded as the source's last run. Sources that import the same thing into the
 * same body ({@link ImportSource#target()}) are imported once, through the first of them: the
 * deployment's configured one, else the stored one with the lowest id.
 */
public class ImportFromSources {

  /**
   * A source with its last run, if it ran; {@code importedBy} is the source whose imports cover it
   * when it repeats another one (its last run is then that one's), else empty.
   */
  public record SourceStatus(
      ImportSource source, Optional<ImportRun> lastRun, Optional<ImportSource> importedBy) {}

  /** What "import now" did: the run it made, or, with none, that another import was running. */
  public record ImportNow(Optional<ImportRun> run) {

    public boolean alreadyRunning() {
      return run.isEmpty();
    }
  }

  private static final Logger log = LoggerFactory.getLogger(ImportFromSources.class);

  private final ImportSources sources;
  private final ImportRuns runs;
  private final List<SourceReader> readers;
  private final ImportMeetings importMeetings;
  private final PoliticalBodies bodies;
  private final Clock clock;
  private final SourceClaims claims;

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
    this.claims = new SourceClaims(runs, clock);
  }

  /** The tenant's sources, the deployment's configured ones first, with their last runs. */
  public List<SourceStatus> list(TenantId tenant) {
    Map<String, ImportRun> last = runs.lastRuns(tenant);
    List<ImportSource> all = all(tenant).toList();
    Map<String, ImportSource> first = firstByTarget(all);
    return all.stream()
        .map(
            s -> {
              ImportSource by = first.get(s.target());
              Optional<ImportSource> other = by.equals(s) ? Optional.empty() : Optional.of(by);
              return new SourceStatus(s, Optional.ofNullable(last.get(by.runKey())), other);
            })
        .toList();
  }

  /** One of the tenant's sources, stored or configured; empty if it has none by that id. */
  public Optional<ImportSource> find(TenantId tenant, String id) {
    return all(tenant).filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Imports the source at once (through the source that covers it, if it repeats one); empty if the
   * tenant has no source by that id. While another import of it runs, anywhere, it runs nothing.
   */
  public Optional<ImportNow> importNow(TenantId tenant, String id) {
    List<ImportSource> all = all(tenant).toList();
    return all.stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .map(s -> firstByTarget(all).get(s.target()))
        .map(s -> new ImportNow(claimed(s)));
  }

  /**
   * One polling round of every tenant's sources of the reader's kind, each distinct source once: a
   * source whose round another instance claimed, or which is being imported, is left alone. Returns
   * the runs this instance made.
   */
  public List<ImportRun> pollRound(ImportSource.Kind kind) {
    Optional<SourceReader> reader = reader(kind);
    if (reader.isEmpty()) {
      return List.of();
    }
    long round = round(clock.instant(), reader.get().pollInterval());
    List<ImportSource> all =
        Stream.concat(reader.get().configured().stream(), sources.findByKind(kind).stream())
            .toList();
    List<ImportRun> made = new ArrayList<>();
    for (ImportSource source : firstByTarget(all).values()) {
      try {
        if (runs.claimRound(source.tenant(), source.runKey(), round)) {
          claimed(source).ifPresent(made::add);
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

  /** The first source of each target, in the order given (configured ones come first). */
  private static Map<String, ImportSource> firstByTarget(List<ImportSource> all) {
    Map<String, ImportSource> first = new LinkedHashMap<>();
    all.forEach(s -> first.putIfAbsent(s.target(), s));
    return first;
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

  /** Runs the source under its claim; empty, having run nothing, while another run holds it. */
  private Optional<ImportRun> claimed(ImportSource source) {
    Duration longest = reader(source.kind()).map(SourceReader::longestRead).orElse(Duration.ZERO);
    Optional<String> claim = claims.claim(source, longest);
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    try {
      ImportRun run = attempt(source);
      runs.record(source.tenant(), source.runKey(), run);
      return Optional.of(run);
    } finally {
      claims.release(claim.get());
    }
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
