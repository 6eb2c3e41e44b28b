package no.samspill.core.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use case: finds the leader a signed-in person is in one tenant, for the admin API and the
 * console. A tenant linked to Entra tenants only accepts people from one of them.
 */
public class IdentifyCoordinator {

  /** The Teams channel's workspaces are Entra tenants; a leader's Teams user id is their oid. */
  static final String ENTRA = "teams";

  /** The outcome: a coordinator of the tenant, a leader who is not one, or nobody there. */
  public sealed interface Result {}

  public record Coordinator(Leader leader) implements Result {}

  public record NotCoordinator(Leader leader) implements Result {}

  public record Unknown() implements Result {}

  private final Tenants tenants;
  private final Leaders leaders;

  public IdentifyCoordinator(Tenants tenants, Leaders leaders) {
    this.tenants = tenants;
    this.leaders = leaders;
  }

  public Result in(TenantId tenant, SignedInPerson person) {
    if (tenants.findById(tenant).isEmpty() || !fromTheRightEntraTenant(tenant, person)) {
      return new Unknown();
    }
    Optional<Leader> leader = byObjectId(tenant, person).or(() -> byEmail(tenant, person));
    if (leader.isEmpty()) {
      return new Unknown();
    }
    return leader.get().coordinator()
        ? new Coordinator(leader.get())
        : new NotCoordinator(leader.get());
  }

  private boolean fromTheRightEntraTenant(TenantId tenant, SignedInPerson person) {
    String tid = blankToNull(person.entraTenantId());
    Set<String> linked =
        tenants.workspacesOf(tenant).stream()
            .filter(w -> ENTRA.equals(w.channel()))
            .map(ChatWorkspace::workspaceId)
            .collect(Collectors.toSet());
    if (!linked.isEmpty()) {
      return tid != null && linked.contains(tid);
    }
    // An Entra tenant that belongs to another of our tenants does not open this one.
    return tid == null
        || tenants.findByWorkspace(new ChatWorkspace(ENTRA, tid)).map(tenant::equals).orElse(true);
  }

  private Optional<Leader> byObjectId(TenantId tenant, SignedInPerson person) {
    String oid = blankToNull(person.objectId());
    String tid = blankToNull(person.entraTenantId());
    if (oid == null || tid == null) {
      return Optional.empty();
    }
    return leaders
        .findByIdentity(new ChatIdentity(ENTRA, tid, oid))
        .flatMap(leaders::findById)
        .filter(l -> l.tenantId().equals(tenant));
  }

  private Optional<Leader> byEmail(TenantId tenant, SignedInPerson person) {
    String email = blankToNull(person.email());
    if (!person.emailVerified() || email == null) {
      return Optional.empty();
    }
    return leaders.findByEmail(tenant, email.strip().toLowerCase(Locale.ROOT));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
