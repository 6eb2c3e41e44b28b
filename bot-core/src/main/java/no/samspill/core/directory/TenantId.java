package no.samspill.core.directory;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Serializable: the console keeps it in a session stored in the database. */
public record TenantId(String value) implements Serializable {
  public TenantId {
    Objects.requireNonNull(value, "value");
  }

  public static TenantId random() {
    return new TenantId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
