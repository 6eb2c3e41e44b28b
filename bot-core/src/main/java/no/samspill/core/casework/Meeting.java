package no.samspill.core.casework;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import no.samspill.core.directory.TenantId;

/** A meeting of a political body, with its agenda. */
public record Meeting(
    MeetingId id,
    TenantId tenantId,
    BodyId bodyId,
    String title,
    Instant start,
    Instant end,
    List<AgendaItem> agenda) {

  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(bodyId, "bodyId");
    Objects.requireNonNull(start, "start");
    end = end == null ? start : end;
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("A meeting cannot end before it starts");
    }
    agenda = agenda == null ? List.of() : List.copyOf(agenda);
  }
}
