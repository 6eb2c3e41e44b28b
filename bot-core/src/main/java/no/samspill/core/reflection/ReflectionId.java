package no.samspill.core.reflection;

import java.util.Objects;
import java.util.UUID;

public record ReflectionId(String value) {
  public ReflectionId {
    Objects.requireNonNull(value, "value");
  }

  public static ReflectionId random() {
    return new ReflectionId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
