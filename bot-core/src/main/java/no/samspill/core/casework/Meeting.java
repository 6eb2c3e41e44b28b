package no.samspill.core.casework;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import no.samspill.core.directory.TenantId;

/**
 * A meeting of a political body, with its agenda. An imported meeting carries the key it has in its
 * source (source and ICS UID or eInnsyn id), so a later import updates it instead of adding a
 * second one.
 */
public record Meeting(
    MeetingId id,
    TenantId tenantId,
    BodyId bodyId,
    String title,
    Instant start,
    Instant end,
    List<AgendaItem> agenda,
    String externalId,
    boolean cancelled) {

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

  /** A meeting entered by hand: no external key, not cancelled. */
  public Meeting(
      MeetingId id,
      TenantId tenantId,
      BodyId bodyId,
      String title,
      Instant start,
      Instant end,
      List<AgendaItem> agenda) {
    this(id, tenantId, bodyId, title, start, end, agenda, null, false);
  }

  public Meeting rescheduled(String newTitle, Instant newStart, Instant newEnd) {
    return new Meeting(id, tenantId, bodyId, newTitle, newStart, newEnd, agenda, externalId, false);
  }

  public Meeting withAgenda(List<AgendaItem> newAgenda) {
    return new Meeting(id, tenantId, bodyId, title, start, end, newAgenda, externalId, cancelled);
  }

  public Meeting asCancelled() {
    return new Meeting(id, tenantId, bodyId, title, start, end, agenda, externalId, true);
  }
}
