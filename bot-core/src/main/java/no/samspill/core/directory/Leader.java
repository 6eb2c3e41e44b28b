package no.samspill.core.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.samspill.core.language.Language;

/** An administrative leader who answers prompts; a coordinator also sets Samspill up. */
public record Leader(
    LeaderId id,
    TenantId tenantId,
    String name,
    String role,
    String email,
    Language language,
    ZoneId timeZone,
    boolean coordinator,
    List<ChatIdentity> identities,
    Instant createdAt) {

  public Leader {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    name = name == null || name.isBlank() ? "?" : name.strip();
    email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    language = language == null ? Language.DEFAULT : language;
    timeZone = timeZone == null ? Tenant.DEFAULT_TIME_ZONE : timeZone;
    identities = identities == null ? List.of() : List.copyOf(identities);
  }

  public Leader speaking(Language newLanguage) {
    return new Leader(
        id, tenantId, name, role, email, newLanguage, timeZone, coordinator, identities, createdAt);
  }

  public Leader asCoordinator() {
    return new Leader(
        id, tenantId, name, role, email, language, timeZone, true, identities, createdAt);
  }

  public Leader withIdentity(ChatIdentity identity) {
    if (identities.contains(identity)) {
      return this;
    }
    List<ChatIdentity> more = new java.util.ArrayList<>(identities);
    more.add(identity);
    return new Leader(
        id, tenantId, name, role, email, language, timeZone, coordinator, more, createdAt);
  }
}
