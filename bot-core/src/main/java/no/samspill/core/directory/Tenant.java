package no.samspill.core.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import no.samspill.core.language.Language;

/** A municipality (or another organisation) using Samspill; everything it owns is scoped to it. */
public record Tenant(
    TenantId id, String name, Language language, ZoneId timeZone, Instant createdAt) {

  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Oslo");

  public Tenant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    language = language == null ? Language.DEFAULT : language;
    timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
  }
}
