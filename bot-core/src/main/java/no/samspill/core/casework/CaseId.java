package no.samspill.core.casework;

import java.util.Objects;
import java.util.UUID;

public record CaseId(String value) {
  public CaseId {
    Objects.requireNonNull(value, "value");
  }

  public static CaseId random() {
    return new CaseId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
