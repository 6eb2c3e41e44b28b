package no.samspill.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;

/**
 * The console tests' people: the sample municipality's coordinator Kari and leader Per with e-mail
 * addresses, and a second municipality whose coordinator must never see the first one's.
 */
final class ConsoleFixture {

  static final String ISSUER = "entra";
  static final String CLIENT_ID = "samspill-console";
  static final TenantId SAMPLE = new TenantId("sample-fjordvik");
  static final LeaderId KARI = new LeaderId("sample-kari");
  static final LeaderId PER = new LeaderId("sample-per");
  static final TenantId HAVNES = new TenantId("test-havnes");
  static final LeaderId BERIT = new LeaderId("test-havnes-berit");
  static final String KARI_EMAIL = "kari.nordmann@fjordvik.kommune.no";
  static final String PER_EMAIL = "per.olsen@fjordvik.kommune.no";
  static final String BERIT_EMAIL = "berit.lie@havnes.kommune.no";

  private ConsoleFixture() {}

  /** The provider's settings for the app, as SAMSPILL_CONSOLE_OIDC_* would give them. */
  static Map<String, String> properties(MockOAuth2Server provider) {
    return Map.of(
        "samspill.console.oidc.issuer-uri",
        provider.issuerUrl(ISSUER).toString(),
        "samspill.console.oidc.client-id",
        CLIENT_ID,
        "samspill.console.oidc.client-secret",
        "not-a-secret");
  }

  static void addPeople(Tenants tenants, Leaders leaders) {
    withEmail(leaders, KARI, KARI_EMAIL);
    withEmail(leaders, PER, PER_EMAIL);
    Instant now = Instant.now();
    tenants.save(new Tenant(HAVNES, "Havnes kommune", Language.NB, null, now));
    leaders.save(
        new Leader(
            BERIT,
            HAVNES,
            "Berit Lie",
            "Kommunalsjef",
            BERIT_EMAIL,
            Language.NB,
            null,
            true,
            List.of(),
            now));
  }

  /** The next sign-in at the provider is this person's, with a verified e-mail or not. */
  static void nextSignIn(MockOAuth2Server provider, String email, boolean verified) {
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER,
            "subject-" + email,
            "JWT",
            List.of(CLIENT_ID),
            Map.of("email", email, "email_verified", verified, "name", email),
            3600));
  }

  private static void withEmail(Leaders leaders, LeaderId id, String email) {
    Leader l = leaders.findById(id).orElseThrow();
    leaders.save(
        new Leader(
            l.id(),
            l.tenantId(),
            l.name(),
            l.role(),
            email,
            l.language(),
            l.timeZone(),
            l.coordinator(),
            l.identities(),
            l.createdAt()));
  }
}
