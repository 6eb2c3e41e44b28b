package no.samspill.core.directory;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Use case: finds the leader behind a web sign-in (OpenID Connect). An Entra ID account is the same
 * person as the Teams account with that directory and object id; otherwise a verified e-mail names
 * the leader. An unverified e-mail names nobody.
 */
public class IdentifySignedInLeader {

  /** What the identity provider vouched for; any part may be null. */
  public record SignIn(
      String email, boolean emailVerified, String entraTenant, String entraObjectId) {}

  private static final String TEAMS = "teams";

  private final Tenants tenants;
  private final Leaders leaders;

  public IdentifySignedInLeader(Tenants tenants, Leaders leaders) {
    this.tenants = tenants;
    this.leaders = leaders;
  }

  public Optional<Leader> identify(SignIn signIn) {
    if (present(signIn.entraTenant()) && present(signIn.entraObjectId())) {
      Optional<Leader> teams =
          leaders
              .findByIdentity(new ChatIdentity(TEAMS, signIn.entraTenant(), signIn.entraObjectId()))
              .flatMap(leaders::findById);
      if (teams.isPresent()) {
        return teams;
      }
    }
    if (!signIn.emailVerified() || !present(signIn.email())) {
      return Optional.empty();
    }
    // One e-mail in several tenants: the coordinator role decides, then the tenant's id, so the
    // same sign-in always lands in the same tenant.
    return tenants.findAll().stream()
        .map(
            tenant ->
                leaders.findByEmail(tenant.id(), signIn.email().strip().toLowerCase(Locale.ROOT)))
        .flatMap(Optional::stream)
        .min(
            Comparator.comparing((Leader l) -> !l.coordinator())
                .thenComparing(l -> l.tenantId().value()));
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
