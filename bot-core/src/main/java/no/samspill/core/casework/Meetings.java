package no.samspill.core.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Port: the meetings of each tenant's political bodies. */
public interface Meetings {
  Optional<Meeting> findById(TenantId tenant, MeetingId id);

  /** Meetings starting at or after the given time, soonest first. */
  List<Meeting> findUpcoming(TenantId tenant, Instant from, int limit);

  void save(Meeting meeting);
}
