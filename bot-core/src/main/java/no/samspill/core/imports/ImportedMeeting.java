package no.samspill.core.imports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import no.samspill.core.casework.AgendaItem;

/** One meeting as a source describes it, keyed by the source's own id (ICS UID, eInnsyn id). */
public record ImportedMeeting(
    String key,
    String title,
    Instant start,
    Instant end,
    boolean cancelled,
    List<AgendaItem> agenda) {

  public ImportedMeeting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    agenda = agenda == null ? List.of() : List.copyOf(agenda);
  }
}
