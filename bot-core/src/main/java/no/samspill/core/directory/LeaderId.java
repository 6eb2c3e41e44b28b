package no.samspill.core.directory;

import java.util.Objects;
import java.util.UUID;

public record LeaderId(String value) {
  public LeaderId {
    Objects.requireNonNull(value, "value");
  }

  public static LeaderId random() {
    return new LeaderId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
