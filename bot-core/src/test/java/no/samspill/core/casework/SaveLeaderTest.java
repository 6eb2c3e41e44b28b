package no.samspill.core.casework;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.samspill.core.casework.SaveLeader.LeaderDraft;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.testing.InMemoryLeaders;
import no.samspill.core.testing.RecordingReplanning;
import org.junit.jupiter.api.Test;

class SaveLeaderTest {

  private final InMemoryLeaders leaders = new InMemoryLeaders();
  private final RecordingReplanning replanning = new RecordingReplanning();
  private final SaveLeader save =
      new SaveLeader(
          leaders, replanning, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
  private final TenantId tenant = new TenantId("fjordvik");

  @Test
  void aChangedLeaderKeepsIdentitiesAndIsReplanned() {
    Leader old = aLeader().in(tenant).named("Ola").build();
    leaders.save(old);
    Leader saved =
        save.change(
            old, new LeaderDraft("Ola Hauge", "Rådgiver", null, Language.NN, "Europe/Oslo", true));
    assertThat(leaders.findById(old.id())).contains(saved);
    assertThat(saved.identities()).isEqualTo(old.identities());
    assertThat(saved.coordinator()).isTrue();
    assertThat(replanning.leaders()).containsExactly(old.id());
  }

  @Test
  void aRefusedFieldIsNamedAndNothingIsWritten() {
    Leader old = aLeader().in(tenant).named("Ola").build();
    leaders.save(old);
    assertThatThrownBy(
            () -> save.change(old, new LeaderDraft("Ola", null, null, null, "Mars/Base", false)))
        .isInstanceOfSatisfying(
            CaseworkRefused.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("timeZone");
              assertThat(refused.explanation(Language.NB)).contains("tidssonen");
            });
    assertThatThrownBy(() -> save.add(tenant, new LeaderDraft(" ", null, "x@y", null, null, false)))
        .isInstanceOfSatisfying(
            CaseworkRefused.class, refused -> assertThat(refused.field()).isEqualTo("name"));
    assertThatThrownBy(
            () -> save.add(tenant, new LeaderDraft("Siri", null, "siri", null, null, false)))
        .isInstanceOfSatisfying(
            CaseworkRefused.class, refused -> assertThat(refused.field()).isEqualTo("email"));
    assertThat(leaders.findByTenant(tenant)).containsExactly(old);
    assertThat(replanning.leaders()).isEmpty();
  }
}
