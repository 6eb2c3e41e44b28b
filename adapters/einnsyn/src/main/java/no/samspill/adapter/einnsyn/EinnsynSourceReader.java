package no.samspill.adapter.einnsyn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.MeetingFeed;
import no.samspill.core.imports.SourceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one eInnsyn source (a unit, optionally one utvalg) into the meetings in the window. */
final class EinnsynSourceReader implements SourceReader {

  private static final Logger log = LoggerFactory.getLogger(EinnsynSourceReader.class);

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

  @Override
  public List<ImportSource> configured() {
    return configured;
  }

  /** A source without its tenant, body or unit is left out, and the log says so. */
  private static List<ImportSource> configured(EinnsynProperties properties) {
    return properties.sources().stream()
        .filter(
            s -> {
              boolean whole =
                  s.tenantId() != null && s.bodyId() != null && s.administrativeUnit() != null;
              if (!whole) {
                log.warn(
                    "A configured eInnsyn source lacks its tenant, body or unit and is not polled"
                        + " (SAMSPILL_EINNSYN_SOURCES_n_TENANT_ID, _BODY_ID, _ADMINISTRATIVE_UNIT)");
              }
              return whole;
            })
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
