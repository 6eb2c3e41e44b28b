package no.samspill.core.casework;

import java.util.Objects;
import java.util.UUID;
import no.samspill.core.directory.TenantId;

public record MeetingId(String value) {
  public MeetingId {
    Objects.requireNonNull(value, "value");
  }

  public static MeetingId random() {
    return new MeetingId(UUID.randomUUID().toString());
  }

  /**
   * The id of a meeting imported under {@code externalId}: the same on every instance, so two
   * instances importing the same new meeting at once write one meeting, not two.
   */
  public static MeetingId imported(TenantId tenant, String externalId) {
    String key = tenant.value() + "\n" + externalId;
    return new MeetingId(
        "imported-"
            + UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Override
  public String toString() {
    return value;
  }
}
