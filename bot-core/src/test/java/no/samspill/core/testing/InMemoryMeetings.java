package no.samspill.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.directory.TenantId;

public class InMemoryMeetings implements Meetings {

  private final Map<MeetingId, Meeting> meetings = new LinkedHashMap<>();

  @Override
  public Optional<Meeting> findById(TenantId tenant, MeetingId id) {
    return Optional.ofNullable(meetings.get(id)).filter(m -> m.tenantId().equals(tenant));
  }

  @Override
  public List<Meeting> findUpcoming(TenantId tenant, Instant from, int limit) {
    return meetings.values().stream()
        .filter(m -> m.tenantId().equals(tenant))
        .filter(m -> !m.cancelled())
        .filter(m -> !m.start().isBefore(from))
        .sorted(Comparator.comparing(Meeting::start))
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<Meeting> findByExternalId(TenantId tenant, String externalId) {
    return meetings.values().stream()
        .filter(m -> m.tenantId().equals(tenant))
        .filter(m -> externalId.equals(m.externalId()))
        .findFirst();
  }

  @Override
  public List<Meeting> findImported(TenantId tenant, String externalIdPrefix) {
    return meetings.values().stream()
        .filter(m -> m.tenantId().equals(tenant))
        .filter(m -> m.externalId() != null && m.externalId().startsWith(externalIdPrefix))
        .sorted(Comparator.comparing(Meeting::start))
        .toList();
  }

  @Override
  public List<Meeting> findByBody(TenantId tenant, BodyId body, Instant from, int limit) {
    return meetings.values().stream()
        .filter(m -> m.tenantId().equals(tenant) && m.bodyId().equals(body))
        .filter(m -> !m.start().isBefore(from))
        .sorted(Comparator.comparing(Meeting::start))
        .limit(limit)
        .toList();
  }

  @Override
  public void save(Meeting meeting) {
    meetings.put(meeting.id(), meeting);
  }

  @Override
  public void delete(TenantId tenant, MeetingId id) {
    findById(tenant, id).ifPresent(m -> meetings.remove(id));
  }

  public List<Meeting> all() {
    return List.copyOf(meetings.values());
  }
}
