package no.samspill.core.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.TenantId;

/** Port: the meetings of each tenant's political bodies. */
public interface Meetings {
  Optional<Meeting> findById(TenantId tenant, MeetingId id);

  /** Meetings not cancelled, starting at or after the given time, soonest first. */
  List<Meeting> findUpcoming(TenantId tenant, Instant from, int limit);

  /** The meeting imported under this external key, cancelled or not. */
  Optional<Meeting> findByExternalId(TenantId tenant, String externalId);

  /** Every meeting whose external key starts with the prefix (one import source), by start. */
  List<Meeting> findImported(TenantId tenant, String externalIdPrefix);

  /** Meetings of one body, cancelled ones included, starting at or after the time, by start. */
  List<Meeting> findByBody(TenantId tenant, BodyId body, Instant from, int limit);

  void save(Meeting meeting);

  /** Removes the meeting for good (see {@link DeleteMeeting}). */
  void delete(TenantId tenant, MeetingId id);
}
