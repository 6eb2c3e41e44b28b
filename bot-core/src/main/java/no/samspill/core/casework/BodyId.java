package no.samspill.core.casework;

import java.util.Objects;
import java.util.UUID;

public record BodyId(String value) {
  public BodyId {
    Objects.requireNonNull(value, "value");
  }

  public static BodyId random() {
    return new BodyId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
