package no.samspill.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.core.casework.BodyId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.imports.ImportFailure;
import no.samspill.core.imports.ImportRun;
import no.samspill.core.imports.ImportRuns;
import no.samspill.core.imports.ImportRuns.RunClaim;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ImportSources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
    classes = MongoAdapterTestApplication.class,
    properties = {
      "samspill.mongodb.uri=${MONGODB_URI:}",
      "samspill.mongodb.embedded-file=memory",
      "samspill.mongodb.database=sources-test-${random.uuid}",
      "spring.mongodb.database=${samspill.mongodb.database}"
    })
class MongoImportSourcesIntegrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Autowired ImportSources sources;
  @Autowired ImportRuns runs;

  private static ImportSource feed(TenantId tenant, String id) {
    return new ImportSource(
        id,
        tenant,
        ImportSource.Kind.ICS,
        new BodyId("fsk"),
        "https://kalender.example.no/" + id + ".ics",
        null,
        null,
        false);
  }

  @Test
  void keepsEachTenantsSourcesApartAndFindsThemByKind() {
    TenantId a = TenantId.random();
    TenantId b = TenantId.random();
    ImportSource ours = feed(a, "a-" + a.value());
    ImportSource unit =
        new ImportSource(
            "u-" + a.value(),
            a,
            ImportSource.Kind.EINNSYN,
            new BodyId("hoo"),
            null,
            "enhet_1",
            "Formannskapet",
            false);
    sources.save(ours);
    sources.save(unit);
    sources.save(feed(b, "b-" + b.value()));

    assertThat(sources.findByTenant(a)).containsExactlyInAnyOrder(ours, unit);
    assertThat(sources.findById(b, ours.id())).isEmpty();
    assertThat(sources.findById(a, unit.id())).contains(unit);
    assertThat(sources.findByKind(ImportSource.Kind.EINNSYN)).contains(unit).doesNotContain(ours);
    assertThat(sources.remove(b, ours.id())).isFalse();
    assertThat(sources.remove(a, ours.id())).isTrue();
    assertThat(sources.findByTenant(a)).containsExactly(unit);
  }

  @Test
  void keepsTheLastRunOfEachSourceWithItsReason() {
    TenantId tenant = TenantId.random();
    ImportRun ok = new ImportRun(NOW, 3, 1, 2, 4, 1, null, null);
    ImportRun failed = ImportRun.failed(NOW.plusSeconds(60), ImportFailure.HTTP_STATUS, "404");
    runs.record(tenant, tenant.value() + "|ics:fsk", ok);
    runs.record(tenant, tenant.value() + "|source:x", ok);
    runs.record(tenant, tenant.value() + "|source:x", failed);

    assertThat(runs.lastRuns(tenant))
        .containsEntry(tenant.value() + "|ics:fsk", ok)
        .containsEntry(tenant.value() + "|source:x", failed)
        .hasSize(2);
    runs.forget(tenant, tenant.value() + "|source:x");
    assertThat(runs.lastRuns(tenant)).containsOnlyKeys(tenant.value() + "|ics:fsk");
  }

  @Test
  void eachRoundOfASourceIsClaimedOnceEvenWhenInstancesRace() throws Exception {
    TenantId tenant = TenantId.random();
    String key = tenant.value() + "|source:race";
    runs.record(tenant, key, ImportRun.failed(NOW, ImportFailure.TIMEOUT, null));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (long round = 100; round < 105; round++) {
        long r = round;
        List<Callable<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          claims.add(() -> runs.claimRound(tenant, key, r));
        }
        int won = 0;
        for (Future<Boolean> claim : pool.invokeAll(claims)) {
          won += claim.get() ? 1 : 0;
        }
        assertThat(won).as("round " + r).isEqualTo(1);
      }
      assertThat(runs.claimRound(tenant, key, 101)).as("an earlier round").isFalse();
      String fresh = tenant.value() + "|source:fresh";
      assertThat(runs.claimRound(tenant, fresh, 7)).isTrue();
      assertThat(runs.claimRound(tenant, fresh, 7)).isFalse();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneOfInstancesRacingForASourcesRunClaimWinsAndAnOldClaimsIdRemovesOnlyItself()
      throws Exception {
    TenantId tenant = TenantId.random();
    String key = tenant.value() + "|source:claimed";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String id = "claim-" + i + "-" + tenant.value();
        claims.add(() -> runs.insertClaim(tenant, new RunClaim(id, key, NOW.plusSeconds(60))));
      }
      int won = 0;
      for (Future<Boolean> claim : pool.invokeAll(claims)) {
        won += claim.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    RunClaim held = runs.findClaim(key).orElseThrow();
    assertThat(held.until()).isEqualTo(NOW.plusSeconds(60));

    runs.removeClaim(held.id());
    RunClaim next = new RunClaim("next-" + tenant.value(), key, NOW.plusSeconds(120));
    assertThat(runs.insertClaim(tenant, next)).isTrue();
    runs.removeClaim(held.id());

    assertThat(runs.findClaim(key)).contains(next);
    runs.removeClaim(next.id());
    assertThat(runs.findClaim(key)).isEmpty();
  }
}
