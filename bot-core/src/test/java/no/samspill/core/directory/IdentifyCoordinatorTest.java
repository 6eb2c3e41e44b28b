package no.samspill.core.directory;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static no.samspill.core.testing.TestTenants.LILLEVIK;
import static no.samspill.core.testing.TestTenants.STORBY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.samspill.core.testing.InMemoryLeaders;
import no.samspill.core.testing.InMemoryTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentifyCoordinatorTest {

  private final InMemoryTenants tenants = new InMemoryTenants();
  private final InMemoryLeaders leaders = new InMemoryLeaders();
  private final IdentifyCoordinator identify = new IdentifyCoordinator(tenants, leaders);

  @BeforeEach
  void twoTenants() {
    tenants.save(new Tenant(LILLEVIK, "Lillevik", null, null, Instant.EPOCH));
    tenants.save(new Tenant(STORBY, "Storby", null, null, Instant.EPOCH));
  }

  @Test
  void aCoordinatorIsFoundByVerifiedEmailInTheirOwnTenantOnly() {
    Leader kari = save(aLeader().in(LILLEVIK).withEmail("kari@lillevik.no").coordinator().build());
    SignedInPerson person = new SignedInPerson("Kari@Lillevik.no", true, null, null);

    assertThat(identify.in(LILLEVIK, person)).isEqualTo(new IdentifyCoordinator.Coordinator(kari));
    assertThat(identify.in(STORBY, person)).isInstanceOf(IdentifyCoordinator.Unknown.class);
    assertThat(identify.in(new TenantId("nowhere"), person))
        .isInstanceOf(IdentifyCoordinator.Unknown.class);
  }

  @Test
  void anUnverifiedEmailCountsForNothing() {
    save(aLeader().in(LILLEVIK).withEmail("kari@lillevik.no").coordinator().build());

    assertThat(identify.in(LILLEVIK, new SignedInPerson("kari@lillevik.no", false, null, null)))
        .isInstanceOf(IdentifyCoordinator.Unknown.class);
  }

  @Test
  void aLeaderWhoIsNoCoordinatorIsToldSo() {
    Leader ola = save(aLeader().in(LILLEVIK).withEmail("ola@lillevik.no").build());

    assertThat(identify.in(LILLEVIK, new SignedInPerson("ola@lillevik.no", true, null, null)))
        .isEqualTo(new IdentifyCoordinator.NotCoordinator(ola));
  }

  @Test
  void anEntraObjectIdFindsTheLeaderTeamsKnows() {
    Leader kari = save(aLeader().in(LILLEVIK).withoutIdentity().coordinator().build());
    tenants.linkWorkspace(new ChatWorkspace("teams", "tid-lillevik"), LILLEVIK);
    leaders.linkIdentity(new ChatIdentity("teams", "tid-lillevik", "oid-kari"), kari.id());

    assertThat(identify.in(LILLEVIK, new SignedInPerson(null, false, "oid-kari", "tid-lillevik")))
        .isEqualTo(new IdentifyCoordinator.Coordinator(kari));
    assertThat(identify.in(LILLEVIK, new SignedInPerson(null, false, "oid-kari", "tid-other")))
        .isInstanceOf(IdentifyCoordinator.Unknown.class);
  }

  @Test
  void aTenantLinkedToAnEntraTenantRefusesTokensWithoutOrFromAnotherTid() {
    save(aLeader().in(LILLEVIK).withEmail("kari@lillevik.no").coordinator().build());
    tenants.linkWorkspace(new ChatWorkspace("teams", "tid-lillevik"), LILLEVIK);

    assertThat(identify.in(LILLEVIK, new SignedInPerson("kari@lillevik.no", true, null, null)))
        .isInstanceOf(IdentifyCoordinator.Unknown.class);
    assertThat(
            identify.in(
                LILLEVIK, new SignedInPerson("kari@lillevik.no", true, "x", "tid-elsewhere")))
        .isInstanceOf(IdentifyCoordinator.Unknown.class);
    assertThat(
            identify.in(
                LILLEVIK, new SignedInPerson("kari@lillevik.no", true, "x", "tid-lillevik")))
        .isInstanceOf(IdentifyCoordinator.Coordinator.class);
  }

  @Test
  void anEntraTenantOfAnotherOfOurTenantsDoesNotOpenAnUnlinkedOne() {
    save(aLeader().in(LILLEVIK).withEmail("kari@lillevik.no").coordinator().build());
    tenants.linkWorkspace(new ChatWorkspace("teams", "tid-storby"), STORBY);

    assertThat(
            identify.in(LILLEVIK, new SignedInPerson("kari@lillevik.no", true, "x", "tid-storby")))
        .isInstanceOf(IdentifyCoordinator.Unknown.class);
    assertThat(identify.in(LILLEVIK, new SignedInPerson("kari@lillevik.no", true, "x", "tid-new")))
        .isInstanceOf(IdentifyCoordinator.Coordinator.class);
  }

  private Leader save(Leader leader) {
    leaders.save(leader);
    return leader;
  }
}
