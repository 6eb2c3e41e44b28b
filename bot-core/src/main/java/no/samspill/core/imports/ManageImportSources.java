package no.samspill.core.imports;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.directory.TenantId;

/**
 * Use case: a coordinator adds, changes and removes the tenant's import sources. Everything is
 * checked before anything is written. A feed's address must be https without a user name or
 * password in it, and must not name this machine or a private network, so a coordinator cannot make
 * Samspill fetch from inside the deployment; {@code allowLoopback} (tests, a local demo) lets http
 * on this machine through. A source that repeats another of the tenant's for the same body (the
 * same feed, or the same eInnsyn unit and utvalg; configured ones too) is refused, so nothing
 * imports twice.
 */
public class ManageImportSources {

  /**
   * What the coordinator typed; {@code url} for a feed, {@code unit}/{@code utvalg} for eInnsyn.
   */
  public record Draft(
      ImportSource.Kind kind, String body, String url, String unit, String utvalg) {}

  static final int MAX_URL = 2000;
  static final int MAX_NAME = 200;
  private static final Pattern IP_LITERAL = Pattern.compile("^[0-9.]+$|^\\[?[0-9a-fA-F:]+]?$");

  private final ImportSources sources;
  private final ImportRuns runs;
  private final PoliticalBodies bodies;
  private final List<SourceReader> readers;
  private final boolean allowLoopback;

  public ManageImportSources(
      ImportSources sources,
      ImportRuns runs,
      PoliticalBodies bodies,
      List<SourceReader> readers,
      boolean allowLoopback) {
    this.sources = sources;
    this.runs = runs;
    this.bodies = bodies;
    this.readers = List.copyOf(readers);
    this.allowLoopback = allowLoopback;
  }

  public ImportSource add(TenantId tenant, Draft draft) {
    ImportSource source =
        distinct(checked(tenant, UUID.randomUUID().toString().substring(0, 12), draft));
    sources.save(source);
    return source;
  }

  /** Changes a stored source; empty if the tenant has no stored source by that id. */
  public Optional<ImportSource> edit(TenantId tenant, String id, Draft draft) {
    Optional<ImportSource> old = sources.findById(tenant, id);
    if (old.isEmpty()) {
      return Optional.empty();
    }
    ImportSource source = distinct(checked(tenant, id, draft));
    sources.save(source);
    if (!source.body().equals(old.get().body()) || source.kind() != old.get().kind()) {
      // What the old one last did says nothing about the new one.
      runs.forget(tenant, old.get().runKey());
    }
    return Optional.of(source);
  }

  /** Removes a stored source; the meetings it imported stay as they are. */
  public boolean remove(TenantId tenant, String id) {
    Optional<ImportSource> old = sources.findById(tenant, id);
    if (old.isEmpty() || !sources.remove(tenant, id)) {
      return false;
    }
    runs.forget(tenant, old.get().runKey());
    return true;
  }

  /** The source, unless another of the tenant's already imports the same into the same body. */
  private ImportSource distinct(ImportSource source) {
    Stream<ImportSource> others =
        Stream.concat(
            readers.stream().flatMap(r -> r.configured().stream()),
            sources.findByTenant(source.tenant()).stream());
    if (others.anyMatch(o -> !o.id().equals(source.id()) && o.target().equals(source.target()))) {
      throw new CaseworkRefused(
          source.kind() == ImportSource.Kind.ICS ? "url" : "unit",
          "The body already imports from this source",
          "console.sources.invalid.twice");
    }
    return source;
  }

  private ImportSource checked(TenantId tenant, String id, Draft draft) {
    if (draft.kind() == null) {
      throw new CaseworkRefused("kind", "Unknown kind of source", "console.sources.invalid.kind");
    }
    if (draft.body() == null || draft.body().isBlank()) {
      throw new CaseworkRefused(
          "body", "The field 'body' is required", "console.sources.invalid.body");
    }
    BodyId body = new BodyId(draft.body().strip());
    if (bodies.findById(tenant, body).isEmpty()) {
      throw new CaseworkRefused(
          "body", "Unknown body '" + body.value() + "'", "console.sources.invalid.body");
    }
    if (draft.kind() == ImportSource.Kind.ICS) {
      return new ImportSource(
          id, tenant, ImportSource.Kind.ICS, body, url(draft.url()), null, null, false);
    }
    String unit = text(draft.unit(), "unit", true);
    return new ImportSource(
        id,
        tenant,
        ImportSource.Kind.EINNSYN,
        body,
        null,
        unit,
        text(draft.utvalg(), "utvalg", false),
        false);
  }

  private static String text(String typed, String field, boolean required) {
    if (typed == null || typed.isBlank()) {
      if (required) {
        throw new CaseworkRefused(
            field, "The field '" + field + "' is required", "console.sources.invalid.required");
      }
      return null;
    }
    if (typed.strip().length() > MAX_NAME) {
      throw new CaseworkRefused(
          field, "The field '" + field + "' is too long", "console.sources.invalid.long", MAX_NAME);
    }
    return typed.strip();
  }

  /** The address as stored, or refused with the reason beside the field. */
  String url(String typed) {
    if (typed == null || typed.isBlank()) {
      throw refusedUrl("The field 'url' is required", "console.sources.invalid.required");
    }
    String text = typed.strip();
    if (text.length() > MAX_URL) {
      throw new CaseworkRefused(
          "url", "The address is too long", "console.sources.invalid.long", MAX_URL);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw refusedUrl("Not an address", "console.sources.invalid.url");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw refusedUrl("Not a web address", "console.sources.invalid.url");
    }
    if (uri.getRawUserInfo() != null) {
      throw refusedUrl(
          "The address holds a user name or password", "console.sources.invalid.credentials");
    }
    boolean loopback = allowLoopback && loopback(host);
    if (!loopback && local(host)) {
      throw refusedUrl("The address is on a local network", "console.sources.invalid.local");
    }
    if (scheme.equals("http") && !loopback) {
      throw refusedUrl("Only https addresses are allowed", "console.sources.invalid.https");
    }
    return uri.toString();
  }

  /** This machine, by name or address. */
  static boolean loopback(String host) {
    String h = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
    return h.equals("localhost") || h.equals("::1") || h.startsWith("127.");
  }

  /** This machine or a private network, named or written as an address (no name is looked up). */
  static boolean local(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local")) {
      return true;
    }
    if (!IP_LITERAL.matcher(h).matches()) {
      return false;
    }
    try {
      InetAddress address = InetAddress.getByName(h.replace("[", "").replace("]", ""));
      return address.isLoopbackAddress()
          || address.isSiteLocalAddress()
          || address.isLinkLocalAddress()
          || address.isAnyLocalAddress()
          || address.isMulticastAddress()
          || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc);
    } catch (java.net.UnknownHostException e) {
      return true;
    }
  }

  private static CaseworkRefused refusedUrl(String detail, String key) {
    return new CaseworkRefused("url", detail, key);
  }
}
