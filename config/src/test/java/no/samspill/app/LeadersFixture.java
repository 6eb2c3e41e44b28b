package no.samspill.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatWorkspace;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;

/**
 * A municipality of the Ledere tests' own, on Teams, with a coordinator (reachable in the demo's
 * web chat) and leaders added one by one, so that seeding and erasing it never touches the sample
 * municipality other tests share the database with.
 */
final class LeadersFixture {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  final TenantId tenant = TenantId.random();
  final String name;
  final String coordinatorEmail;
  final LeaderId coordinator;
  private final Tenants tenants;
  private final Leaders leaders;
  private final LeaderActivity activity;
  private final TenantErasure erasure;

  LeadersFixture(
      String name,
      Language coordinatorLanguage,
      Tenants tenants,
      Leaders leaders,
      LeaderActivity activity,
      TenantErasure erasure) {
    this.name = name;
    this.tenants = tenants;
    this.leaders = leaders;
    this.activity = activity;
    this.erasure = erasure;
    this.coordinatorEmail = "koordinator@" + tenant.value() + ".kommune.no";
    tenants.save(new Tenant(tenant, name, Language.NB, null, Instant.now()));
    tenants.linkWorkspace(new ChatWorkspace("teams", "entra-" + tenant.value()), tenant);
    Leader me =
        new Leader(
            new LeaderId(tenant.value() + "-coordinator"),
            tenant,
            "Koordinator " + name,
            "Rådgiver",
            coordinatorEmail,
            coordinatorLanguage,
            OSLO,
            true,
            List.of(web("coordinator")),
            Instant.now());
    leaders.save(me);
    leaders.linkIdentity(web("coordinator"), me.id());
    this.coordinator = me.id();
  }

  /** A leader of the municipality, linked to {@code identity} unless it is null. */
  Leader leader(String name, Language language, ChatIdentity identity) {
    Leader leader =
        new Leader(
            LeaderId.random(),
            tenant,
            name,
            "Enhetsleder",
            null,
            language,
            OSLO,
            false,
            identity == null ? List.of() : List.of(identity),
            Instant.now());
    leaders.save(leader);
    if (identity != null) {
      leaders.linkIdentity(identity, leader.id());
    }
    return leader;
  }

  /** The leader's web chat identity in this municipality (the demo's platform). */
  ChatIdentity web(String user) {
    return new ChatIdentity("web", tenant.value(), user);
  }

  /** The leader was last active at noon, {@code days} days ago in Oslo. */
  void activeDaysAgo(Leader leader, int days) {
    activity.record(tenant, leader.id(), noon(days));
  }

  static Instant noon(int daysAgo) {
    return LocalDate.now(OSLO).minusDays(daysAgo).atTime(12, 0).atZone(OSLO).toInstant();
  }

  /** Everything stored for the fixture's municipality goes. */
  void erase() {
    erasure.erase(tenant);
  }
}
