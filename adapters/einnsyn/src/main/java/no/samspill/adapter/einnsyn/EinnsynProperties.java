package no.samspill.adapter.einnsyn;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where eInnsyn is and which meetings to import: each source is one administrative unit
 * (journalenhet), optionally narrowed to one body by its name (utvalg), imported into one body.
 */
@ConfigurationProperties("samspill.einnsyn")
public record EinnsynProperties(
    @DefaultValue("https://api.einnsyn.no") URI baseUrl,
    String apiKey,
    List<Source> sources,
    @DefaultValue("PT1H") Duration pollInterval,
    @DefaultValue("P366D") Duration horizon,
    @DefaultValue("PT3H") Duration meetingLength,
    @DefaultValue("50") int pageSize,
    @DefaultValue("40") int maxPages,
    @DefaultValue("PT20S") Duration timeout) {

  public EinnsynProperties {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** One import: eInnsyn's unit (and body name, if given) into Samspill's tenant and body. */
  public record Source(String tenantId, String bodyId, String administrativeUnit, String utvalg) {}
}
