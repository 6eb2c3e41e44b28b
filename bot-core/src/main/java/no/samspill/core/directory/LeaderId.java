package no.samspill.core.directory;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Serializable: the console keeps it in a session stored in the database. */
public record LeaderId(String value) implements Serializable {
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
