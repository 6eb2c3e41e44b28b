package no.samspill.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.core.language.Language;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryLeaders;
import no.samspill.core.testing.InMemoryTenants;
import no.samspill.core.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifyLeaderTest {

  private final MutableClock clock = MutableClock.at(ChatHarness.START);
  private InMemoryTenants tenants = new InMemoryTenants();
  private InMemoryLeaders leaders = new InMemoryLeaders();

  @Test
  void firstPersonOfANewWorkspaceCreatesTheTenantAndBecomesCoordinator() {
    Leader first = identify(user("slack", "T1", "U1").named("Kari").inWorkspace("Lillevik"));

    assertThat(first.coordinator()).isTrue();
    assertThat(first.name()).isEqualTo("Kari");
    assertThat(first.identities()).containsExactly(new ChatIdentity("slack", "T1", "U1"));
    assertThat(tenants.findAll())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.id()).isEqualTo(first.tenantId());
              assertThat(t.name()).isEqualTo("Lillevik");
            });
    assertThat(tenants.findByWorkspace(new ChatWorkspace("slack", "T1")))
        .contains(first.tenantId());
    assertThat(leaders.findById(first.id())).contains(first);
  }

  @Test
  void secondPersonOfTheSameWorkspaceJoinsTheTenantButIsNoCoordinator() {
    Leader first = identify(user("slack", "T1", "U1"));
    Leader second = identify(user("slack", "T1", "U2"));

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.tenantId()).isEqualTo(first.tenantId());
    assertThat(second.coordinator()).isFalse();
    assertThat(tenants.findAll()).hasSize(1);
  }

  @Test
  void aConfiguredCoordinatorEmailMakesSomeoneCoordinator() {
    CoordinatorPolicy policy = new CoordinatorPolicy(Set.of(" Radgiver@Lillevik.kommune.no "));
    identify(user("teams", "tid", "a"), policy);

    Leader named =
        identify(user("teams", "tid", "b").email("radgiver@lillevik.kommune.no"), policy);
    Leader other = identify(user("teams", "tid", "c").email("someone@lillevik.kommune.no"), policy);

    assertThat(named.coordinator()).isTrue();
    assertThat(other.coordinator()).isFalse();
  }

  @Test
  void aConfiguredIdentityKeyMakesSomeoneCoordinator() {
    CoordinatorPolicy policy = new CoordinatorPolicy(Set.of("slack|T1|U9"));
    identify(user("slack", "T1", "U1"), policy);

    assertThat(identify(user("slack", "T1", "U9"), policy).coordinator()).isTrue();
  }

  @Test
  void aKnownIdentityReturnsTheSameLeader() {
    Leader first = identify(user("web", "w", "u").named("Kari"));

    Leader again = identify(user("web", "w", "u").named("Someone else"));

    assertThat(again).isEqualTo(first);
    assertThat(leaders.all()).hasSize(1);
  }

  @Test
  void linksByEmailToALeaderTheCoordinatorRegistered() {
    Leader coordinator = identify(user("teams", "tid", "boss"));
    Leader registered =
        registered(
            coordinator, "Per Hansen", "Kommunalsjef oppvekst", "per.hansen@lillevik.kommune.no");

    Leader linked = identify(user("teams", "tid", "per").email("Per.Hansen@Lillevik.kommune.no"));

    assertThat(linked.id()).isEqualTo(registered.id());
    assertThat(linked.role()).isEqualTo("Kommunalsjef oppvekst");
    assertThat(linked.language()).isEqualTo(Language.NN);
    assertThat(linked.identities()).containsExactly(new ChatIdentity("teams", "tid", "per"));
    assertThat(leaders.findByIdentity(new ChatIdentity("teams", "tid", "per")))
        .contains(registered.id());
    assertThat(leaders.all()).hasSize(2);
  }

  @Test
  void theChannelIsAskedForAnEmailOnFirstContactOnlyAndItLinksTheRegisteredLeader() {
    Leader coordinator = identify(user("teams", "tid", "boss"));
    Leader registered = registered(coordinator, "Eva Lund", null, "eva@lillevik.kommune.no");
    AtomicInteger asked = new AtomicInteger();
    EmailLookup teams =
        () -> {
          asked.incrementAndGet();
          return "eva@lillevik.kommune.no";
        };
    IdentifyLeader identify = new IdentifyLeader(tenants, leaders, CoordinatorPolicy.none(), clock);

    Leader first = identify.identify(user("teams", "tid", "eva").build(), teams);
    Leader again = identify.identify(user("teams", "tid", "eva").build(), teams);
    identify.identify(user("teams", "tid", "boss").build(), teams);

    assertThat(first.id()).isEqualTo(registered.id());
    assertThat(again.id()).isEqualTo(registered.id());
    assertThat(asked).as("asked once, on Eva's first message").hasValue(1);
  }

  @Test
  void doesNotLinkByEmailToALeaderWhoAlreadyHasAnIdentityInThatChannel() {
    Leader first = identify(user("teams", "tid", "a").email("kari@lillevik.kommune.no"));

    Leader second = identify(user("teams", "tid", "b").email("kari@lillevik.kommune.no"));

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(leaders.all()).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"nn-NO, NN", "en-US, EN", "nb-NO, NB", "no, NB", "null, NB", "de-DE, NB"})
  void readsTheLanguageFromTheLocaleTag(String tag, Language expected) {
    Leader leader = identify(user("web", "w", "u").locale(tag));

    assertThat(leader.language()).isEqualTo(expected);
    assertThat(tenants.findById(leader.tenantId()).orElseThrow().language()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "America/New_York, America/New_York",
        "Mars/Olympus_Mons, Europe/Oslo",
        "'', Europe/Oslo",
        "null, Europe/Oslo"
      })
  void keepsAValidTimeZoneAndFallsBackToOslo(String zone, String expected) {
    Leader leader = identify(user("web", "w", "u").zone(zone));

    assertThat(leader.timeZone()).isEqualTo(ZoneId.of(expected));
  }

  @Test
  void twoFirstMessagesFromOneWorkspaceAtOnceEndUpInOneTenant() {
    Tenant rival = new Tenant(TenantId.random(), "Rival", Language.NB, null, clock.instant());
    tenants =
        new InMemoryTenants() {
          @Override
          public TenantId linkWorkspace(ChatWorkspace workspace, TenantId candidate) {
            // The other message links the workspace between our look-up and our link.
            save(rival);
            super.linkWorkspace(workspace, rival.id());
            return super.linkWorkspace(workspace, candidate);
          }
        };

    Leader leader = identify(user("slack", "T1", "U1"));

    assertThat(leader.tenantId()).isEqualTo(rival.id());
    assertThat(leader.coordinator()).isFalse();
    assertThat(tenants.findAll()).containsExactly(rival);
  }

  @Test
  void twoFirstMessagesFromOnePersonAtOnceEndUpAsOneLeader() {
    LeaderId[] winner = new LeaderId[1];
    leaders =
        new InMemoryLeaders() {
          @Override
          public LeaderId linkIdentity(ChatIdentity identity, LeaderId candidate) {
            if (winner[0] == null) {
              Leader rival =
                  new Leader(
                      LeaderId.random(),
                      tenants.findByWorkspace(identity.workspace()).orElseThrow(),
                      "Kari",
                      null,
                      null,
                      null,
                      null,
                      true,
                      java.util.List.of(identity),
                      clock.instant());
              save(rival);
              winner[0] = super.linkIdentity(identity, rival.id());
            }
            return super.linkIdentity(identity, candidate);
          }
        };

    Leader leader = identify(user("slack", "T1", "U1"));

    assertThat(leader.id()).isEqualTo(winner[0]);
    assertThat(leaders.all()).extracting(Leader::id).containsExactly(winner[0]);
  }

  /** A leader the coordinator registered by e-mail (nynorsk), not yet linked to any chat. */
  private Leader registered(Leader coordinator, String name, String role, String email) {
    Leader leader =
        new Leader(
            LeaderId.random(),
            coordinator.tenantId(),
            name,
            role,
            email,
            Language.NN,
            null,
            false,
            null,
            clock.instant());
    leaders.save(leader);
    return leader;
  }

  private Leader identify(UserBuilder user) {
    return identify(user, CoordinatorPolicy.none());
  }

  private Leader identify(UserBuilder user, CoordinatorPolicy policy) {
    return new IdentifyLeader(tenants, leaders, policy, clock).identify(user.build());
  }

  private static UserBuilder user(String channel, String workspace, String userId) {
    return new UserBuilder(new ChatIdentity(channel, workspace, userId));
  }

  private static final class UserBuilder {
    private final ChatIdentity identity;
    private String name;
    private String email;
    private String locale;
    private String zone;
    private String workspaceName;

    UserBuilder(ChatIdentity identity) {
      this.identity = identity;
    }

    UserBuilder named(String newName) {
      name = newName;
      return this;
    }

    UserBuilder email(String newEmail) {
      email = newEmail;
      return this;
    }

    UserBuilder locale(String tag) {
      locale = tag;
      return this;
    }

    UserBuilder zone(String newZone) {
      zone = newZone;
      return this;
    }

    UserBuilder inWorkspace(String newName) {
      workspaceName = newName;
      return this;
    }

    ChatUser build() {
      return new ChatUser(identity, name, email, locale, zone, workspaceName);
    }
  }
}
