package no.samspill.core.directory;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.samspill.core.directory.IdentifySignedInLeader.SignIn;
import no.samspill.core.language.Language;
import no.samspill.core.testing.InMemoryLeaders;
import no.samspill.core.testing.InMemoryTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentifySignedInLeaderTest {

  private final InMemoryTenants tenants = new InMemoryTenants();
  private final InMemoryLeaders leaders = new InMemoryLeaders();
  private final IdentifySignedInLeader identify = new IdentifySignedInLeader(tenants, leaders);
  private final TenantId fjordvik = new TenantId("fjordvik");
  private final TenantId havnes = new TenantId("havnes");

  @BeforeEach
  void tenants() {
    tenants.save(new Tenant(fjordvik, "Fjordvik", Language.NB, null, Instant.EPOCH));
    tenants.save(new Tenant(havnes, "Havnes", Language.NB, null, Instant.EPOCH));
  }

  @Test
  void aVerifiedEmailNamesTheLeaderWhateverItsCase() {
    Leader kari = aLeader().in(fjordvik).withEmail("kari@fjordvik.no").coordinator().build();
    leaders.save(kari);
    assertThat(identify.identify(new SignIn("Kari@Fjordvik.no", true, null, null))).contains(kari);
  }

  @Test
  void anUnverifiedEmailNamesNobody() {
    leaders.save(aLeader().in(fjordvik).withEmail("kari@fjordvik.no").coordinator().build());
    assertThat(identify.identify(new SignIn("kari@fjordvik.no", false, null, null))).isEmpty();
  }

  @Test
  void anEntraAccountIsTheLeaderWithThatTeamsAccount() {
    ChatIdentity teams = new ChatIdentity("teams", "directory-1", "object-1");
    Leader ola = aLeader().in(fjordvik).withIdentity(teams).build();
    leaders.save(ola);
    leaders.linkIdentity(teams, ola.id());
    assertThat(identify.identify(new SignIn(null, false, "directory-1", "object-1"))).contains(ola);
    assertThat(identify.identify(new SignIn(null, false, "directory-2", "object-1"))).isEmpty();
  }

  @Test
  void oneEmailInTwoTenantsSignsInWhereTheLeaderIsCoordinator() {
    leaders.save(aLeader().in(fjordvik).withEmail("per@example.no").build());
    Leader coordinator = aLeader().in(havnes).withEmail("per@example.no").coordinator().build();
    leaders.save(coordinator);
    assertThat(identify.identify(new SignIn("per@example.no", true, null, null)))
        .contains(coordinator);
  }
}
