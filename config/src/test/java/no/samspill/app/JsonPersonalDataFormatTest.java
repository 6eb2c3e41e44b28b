package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.PersonalData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonPersonalDataFormatTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final JsonPersonalDataFormat format = new JsonPersonalDataFormat();

  @Test
  void writesIdsAsPlainStringsAndTimesAsInstantsLastActivityIncluded() {
    JsonNode json =
        exported(
            leader("kari", List.of(new ChatIdentity("slack", "T1", "U1"))), NOW.minusSeconds(600));

    assertThat(json.get("leader").get("id").asString()).isEqualTo("kari");
    assertThat(json.get("leader").get("tenantId").asString()).isEqualTo("lillevik");
    assertThat(json.get("exportedAt").asString()).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(json.get("lastActive").asString()).isEqualTo("2026-03-02T08:50:00Z");
  }

  @Test
  void aLeaderNeverActiveHasNoLastActivity() {
    JsonNode json = exported(leader("ola", List.of()), null);

    assertThat(json.get("lastActive").isNull()).isTrue();
  }

  private static Leader leader(String id, List<ChatIdentity> identities) {
    return new Leader(
        new LeaderId(id),
        new TenantId("lillevik"),
        "Leder " + id,
        null,
        null,
        Language.NN,
        null,
        false,
        identities,
        NOW.minusSeconds(86_400));
  }

  private JsonNode exported(Leader leader, Instant lastActive) {
    PersonalData data =
        new PersonalData(NOW, leader, lastActive, List.of(), List.of(), Map.of(), List.of());
    return JsonMapper.builder().build().readTree(format.toJson(data));
  }
}
