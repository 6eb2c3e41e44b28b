package no.samspill.core.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;

public final class LeaderBuilder {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final int number = SEQUENCE.incrementAndGet();
  private LeaderId id = LeaderId.random();
  private TenantId tenant = TestTenants.LILLEVIK;
  private String name = "Leder " + number;
  private String role = "Enhetsleder";
  private String email;
  private Language language = Language.NB;
  private ZoneId timeZone = ZoneId.of("Europe/Oslo");
  private boolean coordinator;
  private boolean withIdentity = true;
  private ChatIdentity identity;
  private Instant createdAt = ChatHarness.START;

  private LeaderBuilder() {}

  public static LeaderBuilder aLeader() {
    return new LeaderBuilder();
  }

  public LeaderBuilder named(String newName) {
    name = newName;
    return this;
  }

  public LeaderBuilder withRole(String newRole) {
    role = newRole;
    return this;
  }

  public LeaderBuilder withEmail(String newEmail) {
    email = newEmail;
    return this;
  }

  public LeaderBuilder speaking(Language newLanguage) {
    language = newLanguage;
    return this;
  }

  public LeaderBuilder coordinator() {
    coordinator = true;
    return this;
  }

  public LeaderBuilder in(TenantId newTenant) {
    tenant = newTenant;
    return this;
  }

  public LeaderBuilder withIdentity(ChatIdentity newIdentity) {
    identity = newIdentity;
    withIdentity = true;
    return this;
  }

  /** Registered by a coordinator, not yet seen in any chat. */
  public LeaderBuilder withoutIdentity() {
    withIdentity = false;
    return this;
  }

  public Leader build() {
    List<ChatIdentity> identities =
        withIdentity
            ? List.of(
                identity != null
                    ? identity
                    : new ChatIdentity("web", tenant.value(), "user-" + number))
            : List.of();
    return new Leader(
        id, tenant, name, role, email, language, timeZone, coordinator, identities, createdAt);
  }
}
