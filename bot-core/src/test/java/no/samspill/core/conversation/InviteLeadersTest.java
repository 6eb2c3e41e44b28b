package no.samspill.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.schedule.SchedulePolicy;
import no.samspill.core.testing.InMemorySchedulePolicies;
import no.samspill.core.testing.InMemoryTenants;
import org.junit.jupiter.api.Test;

/**
 * The invitation a coordinator sends new leaders: what Samspill is, that reflections are private
 * and the digest shares only what leaders share, above the municipality's threshold, where to find
 * it on the platform the municipality uses, and «hjelp»; in the language asked for.
 */
class InviteLeadersTest {

  private final InMemoryTenants tenants = new InMemoryTenants();
  private final InMemorySchedulePolicies policies = new InMemorySchedulePolicies();
  private final InviteLeaders invite = new InviteLeaders(tenants, policies);
  private final TenantId tenant = TenantId.random();

  InviteLeadersTest() {
    tenants.save(new Tenant(tenant, "Fjellbygd kommune", Language.NB, null, Instant.now()));
  }

  @Test
  void aTeamsMunicipalitysInvitationInBokmal() {
    tenants.linkWorkspace(new ChatWorkspace("teams", "entra-tenant"), tenant);
    policies.save(SchedulePolicy.defaults(tenant).withAnonymityThreshold(5));

    String text = invite.text(tenant, Language.NB, "Kari Nordmann");

    assertThat(text)
        .startsWith("Hei!\n\nFjellbygd kommune tar i bruk Samspill")
        .contains("korte spørsmål til refleksjon")
        .contains("Det du skriver, er privat.")
        .contains("aldri tall fra færre enn 5 ledere")
        .contains("Microsoft Teams: velg Apper")
        .doesNotContain("Slack")
        .contains("Skriv «hjelp» til Samspill")
        .endsWith("Hilsen\nKari Nordmann");
  }

  @Test
  void aSlackMunicipalitysInvitationInNynorskAndEnglish() {
    tenants.linkWorkspace(new ChatWorkspace("slack", "T01"), tenant);

    String nynorsk = invite.text(tenant, Language.NN, "Ola Hauge");
    String english = invite.text(tenant, Language.EN, "Ola Hauge");

    assertThat(nynorsk)
        .contains("Fjellbygd kommune tek i bruk Samspill")
        .contains("Det du skriv, er privat.")
        .contains("færre enn 3 leiarar")
        .contains("Slik finn du Samspill i Slack")
        .doesNotContain("Teams")
        .contains("Skriv «hjelp» til Samspill")
        .endsWith("Helsing\nOla Hauge");
    assertThat(english)
        .contains("Fjellbygd kommune is starting to use Samspill")
        .contains("What you write is private.")
        .contains("fewer than 3 leaders")
        .contains("To find Samspill in Slack")
        .contains("Write \"help\" to Samspill");
  }

  @Test
  void withNoPlatformKnownYetBothAreNamedAndTheWebChatNever() {
    tenants.linkWorkspace(new ChatWorkspace("web", tenant.value()), tenant);

    String text = invite.text(tenant, Language.NB, "Kari Nordmann");

    assertThat(text)
        .contains("Du finner Samspill i Microsoft Teams eller Slack")
        .doesNotContain("Slik finner du", "web");
  }

  @Test
  void aMunicipalityOnBothPlatformsGetsBothWays() {
    tenants.linkWorkspace(new ChatWorkspace("slack", "T01"), tenant);
    tenants.linkWorkspace(new ChatWorkspace("teams", "entra-tenant"), tenant);

    String text = invite.text(tenant, Language.NB, "Kari Nordmann");

    assertThat(text).contains("i Microsoft Teams: velg Apper", "Slik finner du Samspill i Slack");
    assertThat(text.indexOf("Slack")).isLessThan(text.indexOf("Microsoft Teams: velg"));
  }
}
