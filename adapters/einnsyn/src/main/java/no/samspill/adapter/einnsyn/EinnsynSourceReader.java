package no.samspill.adapter.einnsyn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.SourceReader;

/** Reads one eInnsyn source (a unit, optionally one utvalg) into the meetings in the window. */
final class EinnsynSourceReader implements SourceReader {

  private final EinnsynProperties properties;
  private final EinnsynClient client;
  private final MoetemappeReader reader;
  private final List<ImportSource> configured;

  EinnsynSourceReader(EinnsynProperties properties) {
    this.properties = properties;
    this.configured = configured(properties);
    this.client = new EinnsynClient(properties);
    this.reader = new MoetemappeReader(properties.meetingLength());
  }

  @Override
  public ImportSource.Kind kind() {
    return ImportSource.Kind.EINNSYN;
  }

  @Override
  public Duration pollInterval() {
    return properties.pollInterval();
  }

  @Override
  public Duration horizon() {
    return properties.horizon();
  }

  /** Every page connecting and answering within the timeout, up to the page limit. */
  @Override
  public Duration longestRead() {
    return properties.timeout().multipliedBy(2L * Math.max(1, properties.maxPages()));
  }

  @Override
  public List<ImportSource> configured() {
    return configured;
  }

  private static List<ImportSource> configured(EinnsynProperties properties) {
    return properties.sources().stream()
        .flatMap(
            s ->
                ImportSource.fromConfiguration(
                    ImportSource.Kind.EINNSYN,
                    s.tenantId(),
                    s.bodyId(),
                    null,
                    s.administrativeUnit(),
                    s.utvalg())
                    .stream())
        .toList();
  }

  @Override
  public MeetingFeed read(ImportSource source, Instant from, Instant to) {
    return reader.read(client.meetings(source.unit()), source.utvalg(), from, to);
  }
}
