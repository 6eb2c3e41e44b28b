package no.samspill.core.imports;

import java.util.Objects;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;

/**
 * Where one body's meetings come from: an iCalendar feed ({@code url}) or an eInnsyn unit ({@code
 * unit}, narrowed to one {@code utvalg} if given). {@code configured} sources come from the
 * deployment's configuration and cannot be changed in the console.
 */
public record ImportSource(
    String id,
    TenantId tenant,
    Kind kind,
    BodyId body,
    String url,
    String unit,
    String utvalg,
    boolean configured) {

  /** The kinds of source, each read by its own adapter. */
  public enum Kind {
    ICS,
    EINNSYN
  }

  public ImportSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
  }

  /** A source from the deployment's configuration, named as the pollers always named it. */
  public static ImportSource configured(
      Kind kind, TenantId tenant, BodyId body, String url, String unit, String utvalg) {
    String id = "config-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + body.value();
    return new ImportSource(id, tenant, kind, body, url, unit, utvalg, true);
  }

  /**
   * The prefix of the meetings' external ids: a configured source keeps the name its meetings were
   * imported under before sources were stored, so they are matched, not imported twice.
   */
  public String name() {
    if (configured) {
      return (kind == Kind.ICS ? "ics:" : "einnsyn:") + body.value();
    }
    return "source:" + id;
  }

  /** The key of its runs, unique across tenants. */
  public String runKey() {
    return tenant.value() + "|" + name();
  }
}
