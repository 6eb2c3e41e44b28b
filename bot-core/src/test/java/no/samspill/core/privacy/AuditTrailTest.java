package no.samspill.core.privacy;

import static no.samspill.core.testing.TestTenants.LILLEVIK;
import static no.samspill.core.testing.TestTenants.STORBY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.testing.InMemoryAuditLog;
import no.samspill.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

  private final MutableClock clock = MutableClock.at(T0);
  private final InMemoryAuditLog log = new InMemoryAuditLog();
  private final AuditTrail trail = new AuditTrail(log, clock);

  @Test
  void recordsWhoDidWhatToWhomWhenAndFromWhere() {
    LeaderId kari = new LeaderId("kari");
    LeaderId ola = new LeaderId("ola");
    trail.adminChange(
        LILLEVIK,
        AuditActor.coordinator(kari, "kari@lillevik.no", "10.0.0.7"),
        "PUT /api/v1/tenants/lillevik/leaders/ola",
        ola);
    clock.advance(Duration.ofMinutes(1));
    trail.personalDataRead(
        LILLEVIK, AuditActor.operator("10.0.0.9"), "GET /api/v1/tenants/lillevik/leaders", null);

    assertThat(log.all())
        .extracting(
            AuditEntry::action,
            AuditEntry::actorKind,
            AuditEntry::actor,
            AuditEntry::actorIdentity,
            AuditEntry::subject,
            AuditEntry::at,
            AuditEntry::remoteAddress)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AuditEntry.ADMIN_CHANGE,
                AuditActor.COORDINATOR,
                kari,
                "kari@lillevik.no",
                ola,
                T0,
                "10.0.0.7"),
            org.assertj.core.groups.Tuple.tuple(
                AuditEntry.PERSONAL_DATA_READ,
                AuditActor.OPERATOR,
                null,
                null,
                null,
                T0.plusSeconds(60),
                "10.0.0.9"));
  }

  @Test
  void pagesAreNewestFirstFilteredByKindAndTimeAndTenant() {
    for (int i = 0; i < 5; i++) {
      trail.adminChange(LILLEVIK, AuditActor.operator("a"), "POST /x/" + i, null);
      trail.personalDataRead(LILLEVIK, AuditActor.operator("a"), "GET /y/" + i, null);
      trail.adminChange(STORBY, AuditActor.operator("a"), "POST /z/" + i, null);
      clock.advance(Duration.ofHours(1));
    }

    AuditTrail.Page first =
        trail.page(new AuditQuery(LILLEVIK, AuditEntry.ADMIN_CHANGE, null, null, 0, 2));
    AuditTrail.Page last =
        trail.page(new AuditQuery(LILLEVIK, AuditEntry.ADMIN_CHANGE, null, null, 4, 2));
    AuditTrail.Page window =
        trail.page(
            new AuditQuery(LILLEVIK, null, T0.plusSeconds(3600), T0.plusSeconds(7200), 0, 10));

    assertThat(first.entries())
        .extracting(AuditEntry::what)
        .containsExactly("POST /x/4", "POST /x/3");
    assertThat(first.more()).isTrue();
    assertThat(last.entries()).extracting(AuditEntry::what).containsExactly("POST /x/0");
    assertThat(last.more()).isFalse();
    assertThat(window.entries())
        .extracting(AuditEntry::what)
        .containsExactlyInAnyOrder("POST /x/1", "GET /y/1");
    assertThat(trail.export(new AuditQuery(STORBY, null, null, null, 0, 1)).entries()).hasSize(5);
  }

  @Test
  void whatHoldsNoControlCharactersAndNoMoreThanAPath() {
    trail.adminChange(LILLEVIK, AuditActor.operator("a"), "PUT /a\n/b" + "c".repeat(1000), null);

    String what = log.all().get(0).what();
    assertThat(what)
        .hasSize(AuditTrail.WHAT_LENGTH)
        .startsWith("PUT /a?/bccc")
        .doesNotContain("\n");
  }
}
