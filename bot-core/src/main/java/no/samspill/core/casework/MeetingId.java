package no.samspill.core.casework;

import java.util.Objects;
import java.util.UUID;

public record MeetingId(String value) {
  public MeetingId {
    Objects.requireNonNull(value, "value");
  }

  public static MeetingId random() {
    return new MeetingId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
