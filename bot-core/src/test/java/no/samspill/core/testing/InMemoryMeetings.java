package no.samspill.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        .filter(m -> !m.start().isBefore(from))
        .sorted(Comparator.comparing(Meeting::start))
        .limit(limit)
        .toList();
  }

  @Override
  public void save(Meeting meeting) {
    meetings.put(meeting.id(), meeting);
  }
}
