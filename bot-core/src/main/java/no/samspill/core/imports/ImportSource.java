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

  /**
   * A source from the deployment's configuration, or empty (and a warning naming its variables)
   * when its tenant, body or address ({@code url} or {@code unit}) is missing.
   */
  public static java.util.Optional<ImportSource> fromConfiguration(
      Kind kind, String tenant, String body, String url, String unit, String utvalg) {
    if (tenant == null || body == null || (url == null && unit == null)) {
      org.slf4j.LoggerFactory.getLogger(ImportSource.class)
          .warn(
              "A configured {} source lacks its tenant, body or address and is not polled"
                  + " (SAMSPILL_{}_n_TENANT_ID, _BODY_ID, _URL or _ADMINISTRATIVE_UNIT)",
              kind,
              kind == Kind.ICS ? "CALENDAR_FEEDS" : "EINNSYN_SOURCES");
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        configured(kind, new TenantId(tenant), new BodyId(body), url, unit, utvalg));
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

  /**
   * What it imports, whatever it is called: the same feed (its address normalised) or the same
   * eInnsyn unit and utvalg, for the same body of the same tenant, is one source and imported once.
   */
  public String target() {
    String address =
        kind == Kind.ICS
            ? normalised(url)
            : strip(unit) + "|" + strip(utvalg).toLowerCase(java.util.Locale.ROOT);
    return String.join("|", tenant.value(), kind.name(), body.value(), address);
  }

  /**
   * Scheme and host in lower case, the default port and a fragment left out, an empty path as
   * {@code /}; the path and query as written (a calendar's secret token is case-sensitive).
   */
  static String normalised(String url) {
    String text = strip(url);
    try {
      java.net.URI uri = new java.net.URI(text);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return text;
      }
      String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return scheme
          + "://"
          + uri.getHost().toLowerCase(java.util.Locale.ROOT)
          + (port == -1 || defaultPort ? "" : ":" + port)
          + path
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (java.net.URISyntaxException e) {
      return text;
    }
  }

  /** A feed's address as shown: without its query, which may be the calendar's secret. */
  public static String withoutQuery(String url) {
    java.net.URI uri = java.net.URI.create(url);
    String base = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    return uri.getRawQuery() == null ? base : base + "?…";
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  /** The key of its runs, unique across tenants. */
  public String runKey() {
    return tenant.value() + "|" + name();
  }
}
