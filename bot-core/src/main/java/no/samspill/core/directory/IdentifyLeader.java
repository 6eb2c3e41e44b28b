package no.samspill.core.directory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.samspill.core.language.Language;

/**
 * Use case: finds the leader behind a chat user, linking or creating them (and their tenant) on
 * first contact.
 */
public class IdentifyLeader {

  private final Tenants tenants;
  private final Leaders leaders;
  private final CoordinatorPolicy coordinators;
  private final Clock clock;

  public IdentifyLeader(
      Tenants tenants, Leaders leaders, CoordinatorPolicy coordinators, Clock clock) {
    this.tenants = tenants;
    this.leaders = leaders;
    this.coordinators = coordinators;
    this.clock = clock;
  }

  public Leader identify(ChatUser user) {
    return identify(user, EmailLookup.NONE);
  }

  /** As {@link #identify(ChatUser)}, asking {@code emailLookup} only when nobody is linked yet. */
  public Leader identify(ChatUser known, EmailLookup emailLookup) {
    Optional<Leader> leader = leaders.findByIdentity(known.identity()).flatMap(leaders::findById);
    if (leader.isPresent()) {
      return leader.get();
    }
    ChatUser user = known.email() == null ? known.withEmail(emailLookup.email()) : known;
    return firstContact(user);
  }

  private Leader firstContact(ChatUser user) {
    TenantAndNovelty tenant = tenantOf(user);
    Optional<Leader> byEmail = linkByEmail(tenant.id(), user);
    Leader leader = byEmail.orElseGet(() -> newLeader(tenant, user));
    LeaderId owner = leaders.linkIdentity(user.identity(), leader.id());
    if (!owner.equals(leader.id())) {
      // Another first message from the same person won the race; keep theirs, drop ours.
      if (byEmail.isEmpty()) {
        leaders.delete(leader.id());
      }
      return leaders.findById(owner).orElseThrow();
    }
    Leader linked = leader.withIdentity(user.identity());
    if (!linked.coordinator() && coordinators.names(user)) {
      linked = linked.asCoordinator();
    }
    leaders.save(linked);
    return linked;
  }

  private Optional<Leader> linkByEmail(TenantId tenant, ChatUser user) {
    if (user.email() == null || user.email().isBlank()) {
      return Optional.empty();
    }
    return leaders
        .findByEmail(tenant, user.email().strip().toLowerCase(java.util.Locale.ROOT))
        .filter(
            leader ->
                leader.identities().stream()
                    .noneMatch(id -> id.channel().equals(user.identity().channel())));
  }

  private Leader newLeader(TenantAndNovelty tenant, ChatUser user) {
    boolean coordinator = tenant.isNew() || coordinators.names(user);
    Leader leader =
        new Leader(
            LeaderId.random(),
            tenant.id(),
            user.displayName(),
            null,
            user.email(),
            Language.fromLocaleTag(user.localeTag()),
            zoneOf(user.timeZone()),
            coordinator,
            List.of(),
            clock.instant());
    leaders.save(leader);
    return leader;
  }

  private TenantAndNovelty tenantOf(ChatUser user) {
    ChatWorkspace workspace = user.identity().workspace();
    Optional<TenantId> existing = tenants.findByWorkspace(workspace);
    if (existing.isPresent()) {
      return new TenantAndNovelty(existing.get(), false);
    }
    Tenant tenant =
        new Tenant(
            TenantId.random(),
            user.workspaceName() == null ? workspace.workspaceId() : user.workspaceName(),
            Language.fromLocaleTag(user.localeTag()),
            null,
            clock.instant());
    TenantId owner = tenants.linkWorkspace(workspace, tenant.id());
    if (!owner.equals(tenant.id())) {
      return new TenantAndNovelty(owner, false);
    }
    tenants.save(tenant);
    return new TenantAndNovelty(tenant.id(), true);
  }

  private static ZoneId zoneOf(String timeZone) {
    if (timeZone == null || timeZone.isBlank()) {
      return Tenant.DEFAULT_TIME_ZONE;
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      return Tenant.DEFAULT_TIME_ZONE;
    }
  }

  private record TenantAndNovelty(TenantId id, boolean isNew) {}
}
