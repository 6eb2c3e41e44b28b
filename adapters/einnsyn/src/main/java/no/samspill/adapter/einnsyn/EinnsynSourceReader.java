package no.samspill.adapter.einnsyn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.SourceReader;

/** Reads one eInnsyn source (a unit, optionally one utvalg) into the meetings in the window. */
final class EinnsynSourceReader implements SourceReader {

  private final EinnsynProperties properties;
  private final EinnsynClient client;
  private final MoetemappeReader reader;

  EinnsynSourceReader(EinnsynProperties properties) {
    this.properties = properties;
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

  @Override
  public List<ImportSource> configured() {
    return properties.sources().stream()
        .map(
            s ->
                ImportSource.configured(
                    ImportSource.Kind.EINNSYN,
                    new TenantId(s.tenantId()),
                    new BodyId(s.bodyId()),
                    null,
                    s.administrativeUnit(),
                    s.utvalg()))
        .toList();
  }

  @Override
  public MeetingFeed read(ImportSource source, Instant from, Instant to) {
    return reader.read(client.meetings(source.unit()), source.utvalg(), from, to);
  }
}
